import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, freshDb, signedIn, type TestDb } from "./support/harness.ts";
import { draftProgram, validDocument } from "./support/programs.ts";

// Submitting is allowed with failing test cases; what failed is recorded in the submission's
// audit entry, computed by the server from the submitted document, for the reviewer.
const D = "420112";

function documentWithCases(expectedFen: number) {
  const document = validDocument(D);
  return {
    ...document,
    clauses: [
      {
        ...document.clauses[0]!,
        text: "对获评工匠的，给予一次性奖励5000元。",
        benefits: [
          {
            id: "craftsman-award",
            matter: "craftsman-award",
            label: "工匠奖励",
            recipient: "person",
            conditions: { fact: "skillLevel", op: "gte", value: "technician" },
            amount: { kind: "fixed", fen: 500000 },
          },
        ],
      },
      document.clauses[1]!,
    ],
    testCases: [
      {
        id: "technician",
        name: "技师",
        asOf: "2024-06-01",
        profile: {
          id: "technician",
          kind: "person",
          regionCode: D,
          facts: { skillLevel: "technician" },
        },
        expected: [{ benefit: "craftsman-award", amountFen: expectedFen }],
      },
      {
        id: "nobody",
        name: "无等级",
        asOf: "2024-06-01",
        profile: { id: "nobody", kind: "person", regionCode: D, facts: {} },
        expected: [],
      },
    ],
  };
}

describe("test cases at submission (sqlite)", () => {
  let t: TestDb;
  let drafter: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    t = await freshDb("sqlite");
    await createUser(t.db, "drafter", [[D, "drafter"]]);
    drafter = await signedIn(t.db, "drafter");
  });
  afterAll(() => t.close());

  async function submitted(expectedFen: number) {
    const p = await draftProgram(drafter.api, D);
    const saved = await drafter.api.version.save({
      programId: p.programId,
      baseVersionId: p.versionId,
      baseRevision: p.revision,
      document: documentWithCases(expectedFen),
    });
    await drafter.api.version.submit({ versionId: saved.versionId, revision: saved.revision });
    const { entries } = await drafter.api.audit.list({ regionCode: D, entityId: saved.versionId });
    return entries.find((e) => e.action === "version.submit")!;
  }

  it("a failing case does not block submission and is recorded with expected vs actual", async () => {
    const entry = await submitted(600000);
    expect(entry.detail).toMatchObject({
      to: "in_review",
      testCases: {
        passed: 1,
        failed: 1,
        failures: ["「技师」一、 工匠奖励：预期6000元，实际5000元"],
      },
    });
  });

  it("passing cases are recorded as passing", async () => {
    const entry = await submitted(500000);
    expect(entry.detail).toMatchObject({ testCases: { passed: 2, failed: 0, failures: [] } });
  });
});
