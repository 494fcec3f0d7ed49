import { type Program, validateProgram } from "@jiangce/rule-schema";
import { expect, it } from "vitest";
import {
  allQuotedItems,
  type CaseProfile,
  type ProgramDocument,
  profileFactIssues,
  quoteOf,
  unitsNamedIn,
} from "./text-coverage.ts";

export interface WorkedCase extends CaseProfile {
  expected: {
    entitlements: Array<{ programId: string; benefit?: string; matter: string }>;
    excluded: Array<{ programId: string; benefit?: string; matter: string }>;
  };
}

/**
 * The checks every program folder owes its seed, whatever the program says: it validates, its
 * clause texts are the seed's words in order, its responsible units are the text's (lead first),
 * every quote is in the text, every benefit is exercised by a worked case, and the cases' profiles
 * use only facts the program declares. Call inside a `describe`; program-specific sentence
 * coverage stays in the folder's own test.
 */
export function programFileChecks({
  program,
  source,
  cases,
  otherPrograms = [],
}: {
  program: ProgramDocument;
  source: string;
  cases: WorkedCase[];
  /** other program files the cases evaluate with this one (precedence fixtures) */
  otherPrograms?: unknown[];
}) {
  it("validates against the rule schema", () => {
    const result = validateProgram(program);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("keeps each clause's full text verbatim and in document order", () => {
    let last = -1;
    for (const clause of program.clauses) {
      const at = source.indexOf(clause.text);
      expect(at, clause.citation).toBeGreaterThan(last);
      last = at;
    }
  });

  it("names the responsible units as the text lists them, the first one leading", () => {
    for (const clause of program.clauses) {
      const named = unitsNamedIn(clause.text);
      if (named.length === 0) continue;
      expect(
        clause.responsibleUnits.map((u) => u.name),
        clause.citation,
      ).toEqual(named);
      expect(clause.responsibleUnits.map((u) => u.role)).toEqual(
        named.map((_, i) => (i === 0 ? "lead" : "support")),
      );
    }
  });

  it("quotes only sentences that are in the text", () => {
    for (const { kind, item } of allQuotedItems(program)) {
      const quote = quoteOf(item);
      expect(quote, `${kind} ${item.id} has no quote`).toBeDefined();
      expect(source.includes(quote ?? ""), `${kind} ${item.id}`).toBe(true);
    }
  });

  it("has at least one worked case for every benefit", () => {
    const exercised = new Set(
      cases.flatMap((c) =>
        [...c.expected.entitlements, ...c.expected.excluded]
          .filter((e) => e.programId === program.id)
          .map((e) => e.benefit ?? e.matter),
      ),
    );
    const missing = program.clauses
      .flatMap((c) => c.benefits ?? [])
      .map((b) => b.id)
      .filter((id) => !exercised.has(id));
    expect(missing).toEqual([]);
  });

  it("gives worked-case profiles only facts the programs declare, with declared values", () => {
    const programs = [program, ...otherPrograms].map((document) => {
      const result = validateProgram(document);
      if (!result.ok) throw new Error("program invalid");
      return result.value as Program;
    });
    expect(profileFactIssues(cases, programs)).toEqual([]);
  });
}
