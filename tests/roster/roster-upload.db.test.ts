import { generateRoster } from "@jiangce/roster";
import { compile, evaluate } from "@jiangce/rule-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished, rosterServer, upload } from "./harness.ts";

type Server = Awaited<ReturnType<typeof rosterServer>>;
let server: Server;

beforeAll(async () => {
  server = await rosterServer();
}, 120_000);
afterAll(() => server?.close());

const asOf = "2024-06-01";

describe("a 100,000-row roster through the upload path", () => {
  it("reports every malformed row with its line and reason, and totals equal the engine's", async () => {
    const roster = generateRoster(100_000, { malformedEvery: 97, expected: true });
    const body = Buffer.from(`${[...roster.lines].join("\n")}\n`);

    const uploaded = await upload(server, body, "东西湖区名单.csv");
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const preview = uploaded.json();
    expect(preview.header[1]).toBe("姓名");
    expect(preview.mapping.columns).toMatchObject({
      姓名: "name",
      身份证号: "identityNumber",
      职业技能等级: "fact:skillLevel",
    });

    // 所在区 cells holding 东西湖区 resolve through the region list: no value mapping needed
    const mapping = preview.mapping;
    const { runId } = await server.api.roster.start({
      uploadId: preview.uploadId,
      regionCode: "420112",
      mapping,
      asOf,
    });
    const run = await finished(server.api, runId);
    expect(run.status, run.error ?? "").toBe("done");
    const summary = run.summary as {
      rows: number;
      evaluated: number;
      failed: { line: number; reason: string }[];
      failedCount: number;
      unknown: { target: string; value: string; count: number }[];
      totals: { byProgram: Record<string, { fen: number; entitlements: number; rows: number }> };
    };

    // every malformed row, and only those, with its line and a reason naming the problem
    const reasons: Record<string, RegExp> = {
      "column-count": /本行有 13 列，表头有 14 列/,
      "identity-check": /身份证号校验位不符/,
      region: /无法识别的行政区「火星区」/,
      quote: /引号/,
    };
    const failed = new Map(summary.failed.map((f) => [f.line, f.reason]));
    const malformed = [...roster.malformed].filter(([, kind]) => kind !== "level-unknown");
    expect(summary.failedCount).toBe(malformed.length);
    for (const [line, kind] of malformed)
      expect(failed.get(line), `line ${line} (${kind})`).toMatch(reasons[kind]!);
    // an unknown skill level is listed with its rows, never dropped: the row is still evaluated
    const unknownLevels = [...roster.malformed.values()].filter(
      (k) => k === "level-unknown",
    ).length;
    expect(summary.unknown).toContainEqual(
      expect.objectContaining({ target: "skillLevel", value: "大师傅", count: unknownLevels }),
    );
    expect(summary.rows).toBe(100_000);
    expect(summary.evaluated).toBe(100_000 - malformed.length);

    // the same profiles through the engine directly give the same money per program
    const programs = await server.db.program.findMany({ select: { id: true } });
    expect(programs.length).toBeGreaterThan(0);
    const documents = (
      await Promise.all(programs.map((p) => server.api.portal.getProgram({ programId: p.id })))
    ).map((p) => p.document);
    const compiled = compile(documents);
    const expected: Record<string, { fen: number; entitlements: number }> = {};
    for (const profile of roster.expected.values())
      for (const e of evaluate(compiled, profile, asOf).entitlements) {
        expected[e.ref.programId] ??= { fen: 0, entitlements: 0 };
        const t = expected[e.ref.programId]!;
        t.fen += e.amount === "unspecified" ? 0 : e.amount;
        t.entitlements++;
      }
    const got = Object.fromEntries(
      Object.entries(summary.totals.byProgram).map(([k, t]) => [
        k,
        { fen: t.fen, entitlements: t.entitlements },
      ]),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(got).toEqual(expected);
  }, 120_000);
});
