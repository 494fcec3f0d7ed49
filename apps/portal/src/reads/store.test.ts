import { afterEach, describe, expect, it, vi } from "vitest";
import { readUrl } from "./public-api.ts";
import { ReadStore } from "./store.ts";

const url = readUrl("portal.getProgram", { programId: "p1" });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function answering(...responses: [number, unknown][]) {
  const fetch = vi.fn(async (_url: string) => {
    const [status, body] = responses.shift() ?? [500, {}];
    return new Response(JSON.stringify(body), { status });
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("the portal's read store", () => {
  it("answers inlined reads at once, without asking the server", () => {
    const fetch = answering();
    const store = new ReadStore();
    store.seed({ [url]: { title: "示例" } });
    store.load(url);
    expect(store.state(url)).toMatchObject({ isSuccess: true, data: { title: "示例" } });
    expect(fetch).not.toHaveBeenCalled();
    expect(store.misses()).toEqual([]);
  });

  it("fetches a read once however many components ask, and tells them", async () => {
    const fetch = answering([200, { result: { data: { title: "示例" } } }]);
    const store = new ReadStore();
    const heard = vi.fn();
    store.subscribe(heard);
    store.load(url);
    store.load(url);
    await settled();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe(url);
    expect(store.state(url).data).toEqual({ title: "示例" });
    expect(heard).toHaveBeenCalled();
  });

  it("retries a server failure once, but not a missing program, and keeps the server's words", async () => {
    const missing = {
      error: { message: "该方案不存在或尚未发布", data: { code: "NOT_FOUND", httpStatus: 404 } },
    };
    let fetch = answering([404, missing]);
    const store = new ReadStore();
    store.load(url);
    await settled();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.state(url)).toMatchObject({
      isError: true,
      error: { code: "NOT_FOUND", message: "该方案不存在或尚未发布" },
    });

    fetch = answering([503, {}], [200, { result: { data: 1 } }]);
    const other = new ReadStore();
    other.load(url);
    await settled();
    await settled();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(other.state(url).data).toBe(1);
  });
});
