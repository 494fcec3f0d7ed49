import {
  fixtureProgramFiles,
  parsePrograms,
  seedProgramFiles,
  workedCaseFiles,
} from "@jiangce/programs";
import {
  type CompiledProgramSet,
  compile,
  type Entitlement,
  type EvaluationResult,
  type Exclusion,
  evaluate,
  type Program,
  validateProfile,
  validateProgram,
} from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  type expectedEntitlementSchema,
  type expectedExclusionSchema,
  type WorkedCase,
  type WorkedCaseFile,
  workedCaseFileSchema,
} from "./case-format.ts";

// Every worked case of every program, through the same engine the apps use. The expected
// amounts were worked by hand from the policy texts; nothing here recomputes them.

type ExpectedEntitlement = z.infer<typeof expectedEntitlementSchema>;
type ExpectedExclusion = z.infer<typeof expectedExclusionSchema>;

describe("program files", () => {
  for (const file of [...seedProgramFiles, ...fixtureProgramFiles]) {
    const id = (file as { id: string }).id;
    it(`${id} validates against the rule schema`, () => {
      const result = validateProgram(file);
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }
});

const programs: Program[] = parsePrograms([...seedProgramFiles, ...fixtureProgramFiles]);
const programsById = new Map(programs.map((p) => [p.id, p]));
const caseFiles: WorkedCaseFile[] = workedCaseFiles.map((f) => workedCaseFileSchema.parse(f));

const compiledSets = new Map<string, CompiledProgramSet>();
function compiledFor(ids: readonly string[], generateCode = true): CompiledProgramSet {
  const key = `${[...ids].sort().join("+")}${generateCode ? "" : " (closures)"}`;
  let set = compiledSets.get(key);
  if (set === undefined) {
    set = compile(
      ids.map((id) => {
        const p = programsById.get(id);
        if (p === undefined) throw new Error(`case names unknown program ${id}`);
        return p;
      }),
      { generateCode },
    );
    compiledSets.set(key, set);
  }
  return set;
}

/** What the reader can check of an entitlement, in the case file's terms. */
interface Line {
  programId: string;
  clause: string;
  matter: string;
  benefit: string;
  tier: string | undefined;
  amountFen: number | "unspecified";
  payer: string;
  upTo: boolean;
  period: string;
}

function lineOf(e: Entitlement): Line {
  return {
    programId: e.ref.programId,
    clause: e.ref.citation,
    matter: e.ref.matter,
    benefit: e.ref.benefitId,
    tier: e.tier?.id,
    amountFen: e.amount,
    payer: e.ref.payer,
    upTo: e.upTo,
    period: e.ref.period,
  };
}

function matchesEntitlement(want: ExpectedEntitlement, got: Line): boolean {
  return (
    want.programId === got.programId &&
    want.clause === got.clause &&
    want.matter === got.matter &&
    (want.benefit === undefined || want.benefit === got.benefit) &&
    (want.tier === undefined || want.tier === got.tier) &&
    want.amountFen === got.amountFen &&
    want.payer === got.payer &&
    (want.upTo === undefined || want.upTo === got.upTo) &&
    (want.period === undefined || want.period === got.period)
  );
}

function matchesExclusion(want: ExpectedExclusion, got: Exclusion): boolean {
  const line = lineOf(got.candidate);
  return (
    want.programId === line.programId &&
    want.matter === line.matter &&
    (want.clause === undefined || want.clause === line.clause) &&
    (want.benefit === undefined || want.benefit === line.benefit) &&
    (want.tier === undefined || want.tier === line.tier)
  );
}

function describeLine(l: Line): string {
  const tier = l.tier ? `/${l.tier}` : "";
  const upTo = l.upTo ? " 最高" : "";
  return `${l.programId} ${l.clause} ${l.matter} (${l.benefit}${tier}) ${l.amountFen}${upTo} ${l.payer} ${l.period}`;
}

function run(c: WorkedCase, generateCode = true): EvaluationResult {
  const profile = validateProfile(c.profile);
  if (!profile.ok) throw new Error(`档案无效：${JSON.stringify(profile.issues)}`);
  return evaluate(compiledFor(c.programs, generateCode), profile.value, c.asOf);
}

function checkCase(c: WorkedCase) {
  const result = run(c);
  const got = result.entitlements.map(lineOf);
  const unmatched = [...got];
  const missing: string[] = [];
  for (const want of c.expected.entitlements) {
    const at = unmatched.findIndex((g) => matchesEntitlement(want, g));
    if (at < 0) missing.push(`${want.programId} ${want.clause} ${want.matter} ${want.amountFen}`);
    else unmatched.splice(at, 1);
  }
  expect(
    missing,
    `expected entitlements not computed; engine gave: ${got.map(describeLine).join(" | ")}`,
  ).toEqual([]);
  if (c.expected.complete)
    expect(unmatched.map(describeLine), "entitlements the case does not expect").toEqual([]);

  for (const want of c.expected.excluded) {
    const found = result.excluded.some((x) => matchesExclusion(want, x));
    expect(
      found,
      `expected ${want.programId} ${want.matter} ${want.benefit ?? ""} to be excluded (${want.reason}); excluded: ${result.excluded
        .map((x) => `${describeLine(lineOf(x.candidate))} by ${x.rule}`)
        .join(" | ")}`,
    ).toBe(true);
  }

  const treatmentIds = new Set(result.treatments.map((t) => t.treatment.id));
  for (const id of c.expected.treatments)
    expect(
      treatmentIds.has(id),
      `treatment ${id} expected; got ${[...treatmentIds].join(", ")}`,
    ).toBe(true);
  for (const id of c.expected.treatmentsAbsent)
    expect(treatmentIds.has(id), `treatment ${id} must not be granted`).toBe(false);

  if (c.expected.nothingInForce) {
    expect(result.programs.every((p) => p.status !== "in-force")).toBe(true);
    expect(result.entitlements).toEqual([]);
    expect(result.treatments).toEqual([]);
  }
}

for (const file of caseFiles) {
  describe(`worked cases: ${file.programId}`, () => {
    for (const c of file.cases) it(`${c.id}: ${c.title}`, () => checkCase(c));
  });
}

describe("worked cases without generated code", () => {
  // where a page's CSP forbids eval the engine tests conditions with its closures only
  it("compute the same entitlements, exclusions and treatments for every case", () => {
    const outcome = (r: EvaluationResult) => ({
      paid: r.entitlements.map((e) => describeLine(lineOf(e))),
      excluded: r.excluded.map((x) => `${describeLine(lineOf(x.candidate))} by ${x.rule}`),
      treatments: r.treatments.map((t) => t.treatment.id),
      derived: r.derived.map((d) => d.derivation.id),
    });
    let cases = 0;
    for (const file of caseFiles)
      for (const c of file.cases) {
        expect(outcome(run(c, false)), c.id).toEqual(outcome(run(c)));
        cases++;
      }
    expect(cases).toBeGreaterThanOrEqual(60);
  });
});

describe("worked-case coverage", () => {
  it("has at least 12 cases per seed program and 60 in all", () => {
    const total = caseFiles.reduce((n, f) => n + f.cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(60);
    for (const f of caseFiles) expect(f.cases.length, f.programId).toBeGreaterThanOrEqual(12);
  });

  it("exercises every benefit of every seed program in some case", () => {
    const benefitsOf = (programId: string, matter: string) =>
      (programsById.get(programId)?.clauses ?? []).flatMap((c) =>
        c.benefits.filter((b) => b.matter === matter).map((b) => b.id),
      );
    const exercised = new Set<string>();
    const note = (programId: string, matter: string, benefit: string | undefined) => {
      // without a benefit id a line names a benefit only when its matter has just one
      const ids = benefit !== undefined ? [benefit] : benefitsOf(programId, matter);
      if (ids.length === 1) exercised.add(`${programId}:${ids[0]}`);
    };
    for (const f of caseFiles)
      for (const c of f.cases) {
        for (const e of c.expected.entitlements) note(e.programId, e.matter, e.benefit);
        for (const x of c.expected.excluded) note(x.programId, x.matter, x.benefit);
      }
    const seedIds = new Set(seedProgramFiles.map((f) => (f as { id: string }).id));
    const missing: string[] = [];
    for (const p of programs) {
      if (!seedIds.has(p.id)) continue;
      for (const clause of p.clauses)
        for (const b of clause.benefits)
          if (!exercised.has(`${p.id}:${b.id}`)) missing.push(`${p.id} ${clause.citation} ${b.id}`);
    }
    expect(missing, "benefits without a worked case").toEqual([]);
  });
});
