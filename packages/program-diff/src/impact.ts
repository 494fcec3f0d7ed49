import {
  type CompiledProgramSet,
  compile,
  evaluate,
  type Profile,
  type Program,
} from "@jiangce/rule-schema";
import { sampleRoster } from "./sample-roster.ts";

/** A profile to run both versions on: a stored test case, or one of the sample roster. */
export interface ImpactCase {
  id: string;
  name: string;
  asOf: string;
  profile: Profile;
}

export type ImpactBucket = "newly-eligible" | "gains" | "unchanged" | "loses" | "loses-eligibility";

export interface ImpactRow {
  caseId: string;
  name: string;
  source: "test-case" | "sample";
  /** money this program pays the profile (fen; 按规定 amounts are listed, not summed) */
  beforeFen: number;
  afterFen: number;
  deltaFen: number;
  /** labels of what is paid or granted: "衢州工匠 衢州工匠系列一次性经费支持" */
  before: string[];
  after: string[];
}

export type Impact = Record<ImpactBucket, ImpactRow[]>;

function outcome(compiled: CompiledProgramSet, c: ImpactCase) {
  const r = evaluate(compiled, c.profile, c.asOf);
  let fen = 0;
  const labels: string[] = [];
  for (const e of r.entitlements) {
    if (typeof e.amount === "number") fen += e.amount;
    labels.push(e.tier ? `${e.tier.label} ${e.ref.label}` : e.ref.label);
  }
  for (const t of r.treatments) labels.push(t.treatment.label);
  return { fen, labels };
}

function bucketOf(row: ImpactRow): ImpactBucket {
  if (row.before.length === 0 && row.after.length > 0) return "newly-eligible";
  if (row.before.length > 0 && row.after.length === 0) return "loses-eligibility";
  if (row.deltaFen > 0) return "gains";
  if (row.deltaFen < 0) return "loses";
  // same money: more (or fewer) things granted still counts
  const a = new Set(row.before);
  const b = new Set(row.after);
  if ([...b].some((x) => !a.has(x)) && [...a].every((x) => b.has(x))) return "gains";
  if ([...a].some((x) => !b.has(x)) && [...b].every((x) => a.has(x))) return "loses";
  return "unchanged";
}

/**
 * Who gains and who loses between two versions: each profile evaluated under the old and the
 * new version alone, sorted into newly eligible / gains / unchanged / loses / loses eligibility.
 * Profiles that neither version serves are left out of "unchanged".
 */
export function compareImpact(
  before: Program,
  after: Program,
  cases: readonly ImpactCase[],
  /** catalogues: the district's regional catalogues (RegionalCatalogue), which both may name */
  options: { sample?: number; asOf?: string; catalogues?: readonly unknown[] } = {},
): Impact {
  const old = compile([before], { catalogues: options.catalogues ?? [] });
  const now = compile([after], { catalogues: options.catalogues ?? [] });
  const asOf = options.asOf ?? cases[0]?.asOf ?? after.validity.published ?? after.validity.issued;
  const samples: (ImpactCase & { source: ImpactRow["source"] })[] = [
    ...cases.map((c) => ({ ...c, source: "test-case" as const })),
    ...(asOf === undefined
      ? []
      : sampleRoster([before, after], options.sample ?? 300).map((profile) => ({
          id: profile.id,
          name: `样本 ${profile.id.replace("sample-", "")}`,
          asOf,
          profile,
          source: "sample" as const,
        }))),
  ];
  const impact: Impact = {
    "newly-eligible": [],
    gains: [],
    unchanged: [],
    loses: [],
    "loses-eligibility": [],
  };
  for (const c of samples) {
    const a = outcome(old, c);
    const b = outcome(now, c);
    const row: ImpactRow = {
      caseId: c.id,
      name: c.name,
      source: c.source,
      beforeFen: a.fen,
      afterFen: b.fen,
      deltaFen: b.fen - a.fen,
      before: a.labels,
      after: b.labels,
    };
    if (row.before.length === 0 && row.after.length === 0) continue;
    impact[bucketOf(row)].push(row);
  }
  return impact;
}
