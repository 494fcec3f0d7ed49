// 测算假设 kept per program: saved by the district's drafters and reviewers, refused when a
// volume names a benefit the program lacks, and used by version.review to cost both versions.
import type { Dialect } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createUser,
  failureOf,
  freshDb,
  signedIn,
  stopPostgres,
  type TestDb,
} from "./support/harness.ts";
import { validDocument } from "./support/programs.ts";

const D = "420112";

/** An open-ended program (no last day) whose award has no quota: it needs a horizon and a volume. */
function openEnded(yuan: number) {
  const doc = validDocument(D);
  return {
    ...doc,
    validity: { issued: "2025-01-01", effective: { from: "issue" }, expiry: { kind: "open" } },
    clauses: [
      {
        id: "award",
        citation: "一、",
        text: `对技师以上的区级工匠每人给予一次性奖励${yuan}元。`,
        benefits: [
          {
            id: "craftsman-award",
            matter: "district-craftsman-award",
            label: "区级工匠一次性奖励",
            recipient: "person",
            conditions: { fact: "skillLevel", op: "gte", value: "technician" },
            amount: { kind: "fixed", fen: yuan * 100 },
          },
        ],
      },
      ...doc.clauses.slice(1),
    ],
  };
}

afterAll(() => stopPostgres());

describe.each(["sqlite", "postgresql"] as Dialect[])(
  "program.saveBudgetAssumptions and the review's cost on %s",
  (dialect) => {
    let t: TestDb;
    let drafter: Awaited<ReturnType<typeof signedIn>>;
    let reviewer: Awaited<ReturnType<typeof signedIn>>;
    let programId: string;
    let v1: string;
    let v2: string;

    beforeAll(async () => {
      t = await freshDb(dialect);
      await createUser(t.db, "drafter", [[D, "drafter"]]);
      await createUser(t.db, "reviewer", [[D, "reviewer"]]);
      drafter = await signedIn(t.db, "drafter");
      reviewer = await signedIn(t.db, "reviewer");
      const created = await drafter.api.program.create({
        regionCode: D,
        slug: "assumed",
        title: "工匠培育方案",
        document: openEnded(20_000),
      });
      programId = created.programId;
      v1 = created.versionId;
      const named = await drafter.api.version.nameSnapshot({
        versionId: v1,
        revision: created.revision,
        name: "征求意见稿",
      });
      v2 = (
        await drafter.api.version.save({
          programId,
          baseVersionId: v1,
          baseRevision: named.revision,
          document: openEnded(30_000),
        })
      ).versionId;
    });
    afterAll(() => t.close());

    it("cannot cost an open-ended program until a horizon is assumed, and says so", async () => {
      const r = await reviewer.api.version.review({ fromVersionId: v1, toVersionId: v2 });
      // nothing is counted as zero in silence: the line is listed as unknown, with the reason
      expect(r.cost?.total.afterFen).toBe(0);
      expect(r.cost?.unknowns.after.map((u) => [u.reason, u.assumption])).toEqual([
        [expect.stringContaining("测算截止年度"), "horizon.toYear"],
      ]);
      expect(r.budget.defaultHorizon).toEqual({ fromYear: 2025 });
      expect(r.budget.inputs.map((i) => [i.key, i.citation, i.label])).toEqual([
        ["craftsman-award", "一、", "区级工匠一次性奖励"],
      ]);
    });

    it("refuses a volume for a benefit the program lacks, in Chinese, and keeps nothing", async () => {
      const error = await drafter.api.program
        .saveBudgetAssumptions({
          programId,
          assumptions: { horizon: { toYear: 2027 }, volumes: { "no-such-award": { perYear: 5 } } },
        })
        .catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain("方案中没有待遇 “no-such-award”");
      const stored = await t.db.program.findUnique({ where: { id: programId } });
      expect(stored?.budgetAssumptions).toBeNull();
      expect(
        await failureOf(
          drafter.api.program.saveBudgetAssumptions({
            programId,
            assumptions: { horizon: { fromYear: 2028, toYear: 2026 } },
          }),
        ),
      ).toBe("INPUT_INVALID");
    });

    it("costs both versions with the saved volumes: 10名 a year × 1万元 more × 3 years", async () => {
      const saved = await drafter.api.program.saveBudgetAssumptions({
        programId,
        assumptions: {
          horizon: { toYear: 2027 },
          volumes: { "craftsman-award": { perYear: 10, note: "近三年平均" } },
        },
      });
      expect(saved.assumptions.volumes["craftsman-award"]).toEqual({
        perYear: 10,
        note: "近三年平均",
      });
      const r = await reviewer.api.version.review({ fromVersionId: v1, toVersionId: v2 });
      // 10 × 2万元 × 2025–2027 = 60万元 before; 10 × 3万元 × 3 = 90万元 after
      expect(r.cost?.total).toMatchObject({ beforeFen: 60_000_000, afterFen: 90_000_000 });
      expect(r.cost?.total.deltaFen).toBe(10 * 1_000_000 * 3);
      expect(r.cost?.headline).toBe("本稿预计2025–2027年共需资金90万元，较上一稿增加30万元");
      const line = r.cost?.byClause.find((c) => c.clauseId === "award")?.linesAfter[0];
      expect(line?.working).toBe("每年10名 × 3万元 × 3年 = 90万元");
      expect(line?.basis).toEqual(["数量按测算假设：每年10名（近三年平均）"]);
      expect(r.budget.assumptions.horizon).toEqual({ toYear: 2027 });
    });

    it("lets the district's reviewer change them, and audits each save under the procedure path", async () => {
      await reviewer.api.program.saveBudgetAssumptions({
        programId,
        assumptions: { horizon: { toYear: 2026 }, volumes: { "craftsman-award": { total: 4 } } },
      });
      const r = await drafter.api.version.review({ fromVersionId: v1, toVersionId: v2 });
      // 4 × 3万元 in total over 2025–2026
      expect(r.cost?.total.afterFen).toBe(4 * 3_000_000);
      const entries = await t.db.auditEntry.findMany({
        where: { action: "program.saveBudgetAssumptions", entityId: programId },
        orderBy: { at: "asc" },
      });
      expect(entries).toHaveLength(2);
      expect(entries.every((e) => e.regionCode === D && e.entityType === "program")).toBe(true);
    });
  },
);
