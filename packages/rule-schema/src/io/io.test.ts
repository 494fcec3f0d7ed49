import { describe, expect, it } from "vitest";
import { compile } from "../engine/compile.ts";
import { evaluateMany, evaluateRoster } from "../engine/evaluate-many.ts";
import { smallProgram } from "../examples/small-program.ts";
import type { Profile } from "../schema/profile.ts";
import { readLines } from "./lines.ts";
import { parseNdjsonProfiles, toNdjson } from "./ndjson.ts";

const encoder = new (
  globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }
).TextEncoder();

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

type WebStream = new (source: {
  start(c: { enqueue(x: unknown): void; close(): void }): void;
}) => unknown;
const WebReadableStream = (globalThis as unknown as { ReadableStream: WebStream }).ReadableStream;

function byteStream(text: string, chunk: number) {
  const bytes = encoder.encode(text);
  return new WebReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
      c.close();
    },
  });
}

describe("readLines", () => {
  it("splits lines across chunks, decoding UTF-8 characters cut in half", async () => {
    const text = "第一行\r\n第二行,工匠\n\n最后一行";
    for (const size of [1, 2, 5, 64]) {
      const lines = await collect(readLines(byteStream(text, size) as never));
      expect(lines).toEqual(["第一行", "第二行,工匠", "", "最后一行"]);
    }
  });

  it("accepts plain string iterables", async () => {
    expect(await collect(readLines(["a\nb", "c\n"]))).toEqual(["a", "bc"]);
  });
});

const asOf = "2024-06-01";
const compiled = compile([smallProgram]);

describe("NDJSON", () => {
  it("parses profiles, reporting bad lines with their number instead of throwing", async () => {
    const text = [
      JSON.stringify({
        id: "a",
        kind: "person",
        regionCode: "420112",
        facts: { titles: ["example-craftsman"] },
      }),
      "{not json",
      JSON.stringify({ id: "b", kind: "robot", regionCode: "4201" }),
      "",
      JSON.stringify({ id: "c", kind: "employer", regionCode: "420100" }),
    ].join("\n");
    const items = await collect(parseNdjsonProfiles([text]));
    expect(items.map((i) => [i.line, i.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [5, true],
    ]);
    const bad = items[2]!;
    expect(bad.ok === false && bad.issues.map((i) => i.path)).toEqual(["kind", "regionCode"]);
  });

  it("full checking names the fact that is wrong", async () => {
    const line = JSON.stringify({
      id: "a",
      kind: "person",
      regionCode: "420112",
      facts: { skillLevel: "master" },
    });
    const [item] = await collect(parseNdjsonProfiles([line], { check: "full" }));
    expect(item?.ok === false && item.issues[0]?.path).toBe("facts.skillLevel");
  });

  it("evaluates a roster stream and writes NDJSON summaries", async () => {
    const text = `${JSON.stringify({ id: "a", kind: "person", regionCode: "420112", facts: { titles: ["example-craftsman"] } })}\nbroken\n`;
    const lines = await collect(
      toNdjson(evaluateRoster(compiled, parseNdjsonProfiles([text]), asOf)),
    );
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith("\n"))).toBe(true);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ profileId: "a", totalFen: 30_000_000, hasUnspecified: false });
    expect(first.entitlements[0]).toMatchObject({ citation: "二（三）1.", amountFen: 30_000_000 });
    expect(JSON.parse(lines[1]!)).toMatchObject({ line: 2, error: [{ path: "" }] });
  });
});

describe("evaluateMany", () => {
  it("pulls one profile at a time (constant memory over an endless roster)", async () => {
    let produced = 0;
    function* endless(): Generator<Profile> {
      for (;;) {
        produced++;
        yield { id: `p${produced}`, kind: "person", regionCode: "420112", facts: {} };
      }
    }
    const results = evaluateMany(compiled, endless(), asOf);
    const seen: string[] = [];
    for await (const r of results) {
      seen.push(r.profileId);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(["p1", "p2", "p3"]);
    expect(produced).toBe(3);
  });
});
