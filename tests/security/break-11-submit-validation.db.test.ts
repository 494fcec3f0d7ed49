import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createUser, freshDb, signedIn, type TestDb } from "../api/support/harness.ts";
import { draftProgram, validDocument } from "../api/support/programs.ts";

/**
 * Break 11 (validation half): submit accepted a clause deadline decades before the program's
 * issue date and an uplift of 1,000,000 %. The rule schema now refuses both, naming the field,
 * so submit answers DOCUMENT_INVALID with the issue.
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

type Document = ReturnType<typeof validDocument> & { clauses: Record<string, unknown>[] };

async function submitting(edit: (document: Document) => void) {
  const p = await draftProgram(drafter.api, D);
  const document = validDocument(D) as Document; // issued 2024-03-01
  edit(document);
  const saved = await drafter.api.version.save({
    programId: p.programId,
    baseVersionId: p.versionId,
    baseRevision: p.revision,
    document,
  });
  try {
    const done = await drafter.api.version.submit({
      versionId: saved.versionId,
      revision: saved.revision,
    });
    return { ok: true as const, state: done.state };
  } catch (error) {
    const e = error as {
      appCode?: string;
      details?: { issues: { path: string; message: string }[] };
    };
    return { ok: false as const, code: e.appCode, issues: e.details?.issues ?? [] };
  }
}

const uplift = (percent: number) => ({
  id: "uplift",
  matter: "uplift-award",
  label: "上浮奖励",
  recipient: "person",
  amount: { kind: "uplift", percent, of: { fen: 1_000_000 } },
});

describe("break 11: submit refuses impossible dates and absurd uplifts", () => {
  it("a clause deadline decades before the issue date is refused, naming the field", async () => {
    const result = await submitting((d) => {
      d.clauses[0]!.deadline = "1990-12-31";
    });
    expect(result).toMatchObject({ ok: false, code: "DOCUMENT_INVALID" });
    const issue = result.ok
      ? undefined
      : result.issues.find((i) => i.path === "clauses.0.deadline");
    expect(issue?.message).toMatch(/早于/);
    expect(issue?.message).toContain("2024-03-01");
  });

  it("an uplift of 1,000,000 % (or 0 %) is refused, naming the field", async () => {
    for (const percent of [1_000_000, 0]) {
      const result = await submitting((d) => {
        d.clauses[0]!.benefits = [uplift(percent)];
      });
      expect(result).toMatchObject({ ok: false, code: "DOCUMENT_INVALID" });
      const paths = result.ok ? [] : result.issues.map((i) => i.path);
      expect(paths).toContain("clauses.0.benefits.0.amount.percent");
    }
  });

  it("plausible values still go through", async () => {
    const result = await submitting((d) => {
      d.clauses[0]!.deadline = "2027-12-31";
      d.clauses[0]!.benefits = [uplift(30)];
    });
    expect(result).toEqual({ ok: true, state: "in_review" });
  });
});
