import type { Db } from "@jiangce/db";
import {
  type CostComparison,
  compareCost,
  compareImpact,
  compareProgram,
  type Impact,
  type ImpactCase,
  type ProgramDiff,
} from "@jiangce/program-diff";
import {
  type BudgetAssumptions,
  type BudgetInput,
  budgetInputs,
  defaultHorizon,
  type JurisdictionContext,
  type Program,
  type ValidationIssue,
  validateProgram,
} from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";
import { holdsRole, requireMember } from "../access/access.ts";
import type { SessionInfo } from "../auth/session.ts";
import { jurisdictionContextFor } from "../catalogue/catalogue-chain.ts";
import { readAssumptions } from "./budget-assumptions.ts";

const select = {
  id: true,
  programId: true,
  number: true,
  state: true,
  snapshotName: true,
  document: true,
  program: { select: { regionCode: true, budgetAssumptions: true } },
} as const;

async function loadVersion(db: Db, auth: SessionInfo, versionId: string) {
  const v = await db.programVersion.findUnique({ where: { id: versionId }, select });
  if (!v) throw new AppError("NOT_FOUND", "方案版本不存在");
  await requireMember(db, auth, v.program.regionCode);
  return v;
}

/**
 * A stored version read as a program (with its district's catalogue chain, as at submit); a draft
 * that does not validate yet says why.
 */
export async function versionProgram(db: Db, auth: SessionInfo, versionId: string) {
  const v = await loadVersion(db, auth, versionId);
  const context: JurisdictionContext = await jurisdictionContextFor(db, v.program.regionCode);
  const checked = validateProgram(v.document, context);
  return {
    version: v,
    program: checked.ok ? checked.value : null,
    issues: checked.issues,
    context,
  };
}

/** Test cases stored in the document (simulator), as profiles to run both versions on. */
function storedCases(document: unknown): ImpactCase[] {
  const cases = (document as { testCases?: unknown } | null)?.testCases;
  if (!Array.isArray(cases)) return [];
  return cases.flatMap((c) =>
    c && typeof c === "object" && "profile" in c && "asOf" in c && "id" in c
      ? [
          {
            id: String(c.id),
            name: String((c as { name?: unknown }).name ?? c.id),
            asOf: String(c.asOf),
            profile: c.profile as ImpactCase["profile"],
          },
        ]
      : [],
  );
}

export interface Review {
  from: {
    id: string;
    programId: string;
    number: number;
    state: string;
    snapshotName: string | null;
  };
  to: { id: string; programId: string; number: number; state: string; snapshotName: string | null };
  /** null when one of the documents does not validate yet (issues say why) */
  diff: ProgramDiff | null;
  cost: CostComparison | null;
  costProblem: string | null;
  impact: Impact | null;
  issues: { from: ValidationIssue[]; to: ValidationIssue[] };
  /** the 测算假设 both versions were costed with: those of the newer version's program */
  budget: {
    programId: string;
    assumptions: BudgetAssumptions;
    /** the lines of both versions a volume or base can be stated for (newer version first) */
    inputs: BudgetInput[];
    /** the years the newer version's validity gives; a missing one must be assumed */
    defaultHorizon: { fromYear?: number; toYear?: number };
    /** whether this user may change them (drafters and reviewers of the program's district) */
    canSave: boolean;
  };
}

/** The lines of both versions, each key once, the newer version's wording first. */
function inputsOf(before: Program | null, after: Program | null): BudgetInput[] {
  const seen = new Set<string>();
  return [after, before].flatMap((p) =>
    p
      ? budgetInputs(p).filter((i) => {
          if (seen.has(i.key)) return false;
          seen.add(i.key);
          return true;
        })
      : [],
  );
}

function safeCost(
  before: Program,
  after: Program,
  assumptions: BudgetAssumptions,
): { cost: CostComparison | null; problem: string | null } {
  try {
    return { cost: compareCost(before, after, assumptions), problem: null };
  } catch (error) {
    // an open-ended program needs a horizon (测算假设) before it can be costed
    return { cost: null, problem: error instanceof Error ? error.message : "无法测算" };
  }
}

/**
 * Everything a reviewer reads between two versions (of one program, or a draft and the program
 * it was copied from): clause diff with redline and sentences, cost of both, who gains and who
 * loses. Members of both districts.
 */
export async function reviewVersions(
  db: Db,
  auth: SessionInfo,
  input: { fromVersionId: string; toVersionId: string },
): Promise<Review> {
  const [a, b] = [
    await versionProgram(db, auth, input.fromVersionId),
    await versionProgram(db, auth, input.toVersionId),
  ];
  const meta = (v: typeof a.version) => ({
    id: v.id,
    programId: v.programId,
    number: v.number,
    state: v.state,
    snapshotName: v.snapshotName,
  });
  const issues = { from: a.issues, to: b.issues };
  const assumptions = readAssumptions(b.version.program.budgetAssumptions);
  const budget = {
    programId: b.version.programId,
    assumptions,
    inputs: inputsOf(a.program, b.program),
    defaultHorizon: b.program ? defaultHorizon(b.program) : {},
    canSave: await holdsRole(db, auth, b.version.program.regionCode, ["drafter", "reviewer"]),
  };
  if (!a.program || !b.program)
    return {
      from: meta(a.version),
      to: meta(b.version),
      diff: null,
      cost: null,
      costProblem: null,
      impact: null,
      issues,
      budget,
    };
  const { cost, problem } = safeCost(a.program, b.program, assumptions);
  return {
    from: meta(a.version),
    to: meta(b.version),
    diff: compareProgram(a.program, b.program),
    cost,
    costProblem: problem,
    impact: compareImpact(a.program, b.program, storedCases(b.version.document), {
      sample: 200,
      catalogues: b.context.catalogues ?? [],
    }),
    issues,
    budget,
  };
}
