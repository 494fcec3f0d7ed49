import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, failureOf, freshDb, signedIn, type TestDb } from "./support/harness.ts";
import { validDocument } from "./support/programs.ts";

const D = "420112";

/** The small program with a money clause: 10名 区级工匠 × the award. */
function withAward(fen: number) {
  const doc = validDocument(D, "工匠培育方案");
  const yuan = fen / 100;
  return {
    ...doc,
    clauses: [
      {
        id: "award",
        citation: "一、",
        text: `每年评选区级工匠10名，每人给予一次性奖励${yuan}元。`,
        benefits: [
          {
            id: "craftsman-award",
            matter: "district-craftsman-award",
            label: "区级工匠一次性奖励",
            recipient: "person",
            conditions: { fact: "skillLevel", op: "gte", value: "technician" },
            quota: { count: 10, cycleYears: 1 },
            amount: { kind: "fixed", fen },
          },
        ],
      },
      ...doc.clauses.slice(1),
    ],
  };
}

describe("version.review and version.exportDocx through the API", () => {
  let t: TestDb;
  let drafter: Awaited<ReturnType<typeof signedIn>>;
  let outsider: Awaited<ReturnType<typeof signedIn>>;
  let from: string;
  let to: string;

  beforeAll(async () => {
    t = await freshDb("sqlite");
    await createUser(t.db, "drafter", [[D, "drafter"]]);
    await createUser(t.db, "outsider", [["420100", "drafter"]]);
    drafter = await signedIn(t.db, "drafter");
    outsider = await signedIn(t.db, "outsider");
    const create = (slug: string, fen: number) =>
      drafter.api.program.create({
        regionCode: D,
        slug,
        title: "工匠培育方案",
        document: withAward(fen),
      });
    from = (await create("review-before", 2_000_000)).versionId;
    to = (await create("review-after", 3_000_000)).versionId;
  });
  afterAll(() => t.close());

  it("reads the amount change as a sentence, costs both and sorts who gains", async () => {
    const r = await drafter.api.version.review({ fromVersionId: from, toVersionId: to });
    const clause = r.diff?.clauses.find((c) => c.clauseId === "award");
    expect(clause?.status).toBe("changed");
    expect(clause?.changes.map((c) => c.sentence)).toEqual([
      "区级工匠一次性奖励 20,000元 → 30,000元",
    ]);
    expect(clause?.redline.filter((p) => p.kind !== "same").map((p) => p.text)).toEqual([
      "20000",
      "30000",
    ]);
    // 10名 a year × 1万元 more, over the 5 years in force (2024-03-01 … 2029-02-28: 6 calendar years)
    expect(r.cost?.total.deltaFen).toBeGreaterThan(0);
    expect(r.cost?.headline).toMatch(/^本稿预计2024–2029年共需资金.+万元，较上一稿增加.+万元/u);
    expect(r.impact?.gains.length).toBeGreaterThan(0);
    expect(r.impact?.gains.every((g) => g.deltaFen === 1_000_000)).toBe(true);
    expect(r.impact?.loses).toEqual([]);
  });

  it("exports the 修改对照表 and the official document as .docx", async () => {
    const table = await drafter.api.version.exportDocx({
      kind: "change-table",
      fromVersionId: from,
      toVersionId: to,
    });
    expect(table.fileName).toBe("工匠培育方案修改对照表.docx");
    expect(Buffer.from(table.base64, "base64").subarray(0, 2).toString()).toBe("PK");
    const doc = await drafter.api.version.exportDocx({ kind: "official-document", versionId: to });
    expect(Buffer.from(doc.base64, "base64").length).toBeGreaterThan(3000);
  });

  it("is refused to a member of another district", async () => {
    expect(
      await failureOf(outsider.api.version.review({ fromVersionId: from, toVersionId: to })),
    ).toMatch(/FORBIDDEN|NOT_FOUND/u);
  });
});
