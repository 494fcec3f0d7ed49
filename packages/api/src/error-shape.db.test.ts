import { createDb, type Db, migrate } from "@jiangce/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { appRouter } from "./root.ts";

// What the apps receive on the wire (tRPC's JSON shape), via tRPC's fetch adapter in-process,
// on an in-memory SQLite database.
let db: Db;
beforeAll(async () => {
  db = createDb({ url: ":memory:" });
  await migrate(db);
});
afterAll(() => db.$disconnect());

async function call(path: string, input: unknown, method: "GET" | "POST" = "GET") {
  const url = new URL(`http://portal.test/api/${path}`);
  if (method === "GET") url.searchParams.set("input", JSON.stringify(input));
  const request = new Request(url, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" ? { body: JSON.stringify(input) } : {}),
  });
  const response = await fetchRequestHandler({
    endpoint: "/api",
    req: request,
    router: appRouter,
    createContext: () =>
      createContext({
        db,
        ip: "127.0.0.1",
        getCookie: () => undefined,
        getHeader: (name) => request.headers.get(name) ?? undefined,
        setCookie: () => {},
      }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { message: string; data: Record<string, unknown> } },
  };
}

describe("error shape on the wire", () => {
  it("invalid input: 400, INPUT_INVALID, Chinese message naming the field, issues in details", async () => {
    const { status, body } = await call("portal.listPrograms", { regionCode: "4201" });
    expect(status).toBe(400);
    expect(body.error?.data).toMatchObject({
      appCode: "INPUT_INVALID",
      details: { issues: [{ path: "regionCode", message: "行政区划代码应为6位数字" }] },
    });
    expect(body.error?.message).toBe("输入不合法：regionCode 行政区划代码应为6位数字");
    expect(body.error?.data.stack).toBeUndefined();
  });

  it("domain errors carry their code and Chinese message", async () => {
    const { status, body } = await call("program.list", { regionCode: "420112" });
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ message: "请先登录", data: { appCode: "UNAUTHENTICATED" } });

    const missing = await call("portal.getProgram", { programId: "nope" });
    expect(missing.status).toBe(404);
    expect(missing.body.error?.data.appCode).toBe("NOT_FOUND");

    const login = await call("auth.login", { username: "ghost", password: "x" }, "POST");
    expect(login.status).toBe(401);
    expect(login.body.error?.message).toBe("用户名或密码错误");
  });
});
