import { appCodeOf } from "@jiangce/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { type Client, createUser, freshDb, signedIn, type TestDb } from "../api/support/harness.ts";
import { draftProgram, validDocument } from "../api/support/programs.ts";

/**
 * Break 8: a document with conditions nested 125–4000 levels deep gave a 500 (the database's JSON
 * recursion limit, then a stack overflow); deeper, a 400 naming no field. Now nesting is bounded
 * before anything recurses: saving gives INPUT_INVALID naming the path where the limit is crossed,
 * and a draft nested within the storage limit but beyond the condition limit is refused at
 * submit (DOCUMENT_INVALID) with the condition's path and a Chinese message.
 */
const D = "420112";
let t: TestDb;
let drafter: Client;

beforeAll(async () => {
  t = await freshDb();
  await createUser(t.db, "drafter", [[D, "drafter"]]);
  drafter = await signedIn(t.db, "drafter");
});
afterAll(() => t.close());

const leaf = { fact: "skillLevel", op: "gte", value: "technician" };
const nested = (levels: number, form: "all" | "not") => {
  let condition: unknown = leaf;
  for (let i = 0; i < levels; i++)
    condition = form === "all" ? { all: [condition] } : { not: condition };
  return condition;
};

function documentWith(conditions: unknown) {
  const document = validDocument(D) as ReturnType<typeof validDocument> & {
    clauses: Record<string, unknown>[];
  };
  document.clauses[0]!.benefits = [
    {
      id: "award",
      matter: "craftsman-award",
      label: "工匠奖励",
      recipient: "person",
      conditions,
      amount: { kind: "fixed", fen: 1_000_000 },
    },
  ];
  return document;
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause as ZodError | undefined;
    const details = (error as { details?: { issues?: { path: string; message: string }[] } })
      .details;
    const issue = cause?.issues?.[0]
      ? { path: cause.issues[0].path.map(String).join("."), message: cause.issues[0].message }
      : details?.issues?.[0];
    return { code: appCodeOf(error) ?? `untyped:${String(error)}`, issue };
  }
  throw new Error("expected the call to fail, it succeeded");
}

describe("break 8: deeply nested documents are refused cleanly with the path", () => {
  for (const levels of [125, 1000, 4000, 20_000]) {
    for (const form of ["all", "not"] as const) {
      it(`saving conditions nested ${levels} levels (${form}) gives INPUT_INVALID at the path`, async () => {
        const p = await draftProgram(drafter.api, D);
        const result = await failure(
          drafter.api.version.save({
            programId: p.programId,
            baseVersionId: p.versionId,
            baseRevision: p.revision,
            document: documentWith(nested(levels, form)),
          }),
        );
        expect(result.code).toBe("INPUT_INVALID");
        expect(result.issue?.path).toMatch(/^document\.clauses\.0\.benefits\.0\.conditions\./);
        expect(result.issue?.message).toMatch(/嵌套/);
        const stored = await drafter.api.version.get({ versionId: p.versionId });
        expect(stored.revision).toBe(p.revision);
      });
    }
  }

  it("creating a program with such a document is refused the same way", async () => {
    const result = await failure(
      drafter.api.program.create({
        regionCode: D,
        slug: "deep-program",
        title: "深层嵌套",
        document: documentWith(nested(4000, "all")),
      }),
    );
    expect(result.code).toBe("INPUT_INVALID");
    expect(result.issue?.path).toMatch(/^document\.clauses\.0\.benefits\.0\.conditions\./);
  });

  it("a draft within the storage limit but past the condition limit is refused at submit", async () => {
    const p = await draftProgram(drafter.api, D);
    const saved = await drafter.api.version.save({
      programId: p.programId,
      baseVersionId: p.versionId,
      baseRevision: p.revision,
      document: documentWith(nested(24, "not")),
    });
    const result = await failure(
      drafter.api.version.submit({ versionId: saved.versionId, revision: saved.revision }),
    );
    expect(result.code).toBe("DOCUMENT_INVALID");
    expect(result.issue?.path).toMatch(/^clauses\.0\.benefits\.0\.conditions(\.not)+$/);
    expect(result.issue?.message).toMatch(/条件嵌套/);
  });

  it("ordinary nesting (a few levels) is still accepted and submitted", async () => {
    const p = await draftProgram(drafter.api, D);
    const saved = await drafter.api.version.save({
      programId: p.programId,
      baseVersionId: p.versionId,
      baseRevision: p.revision,
      document: documentWith(nested(6, "all")),
    });
    const submitted = await drafter.api.version.submit({
      versionId: saved.versionId,
      revision: saved.revision,
    });
    expect(submitted.state).toBe("in_review");
  });
});
