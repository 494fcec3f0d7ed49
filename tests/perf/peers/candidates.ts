import type {
  Amount,
  Condition,
  PrecedenceRule,
  Program,
  ResolvedFact,
} from "@jiangce/rule-schema";

/**
 * The neutral form both peer translators start from: every benefit (or tier of a benefit) of
 * the programs in force on `asOf` becomes one candidate whose eligibility is a single
 * condition (jurisdiction ∧ recipient kind ∧ benefit conditions ∧ tier conditions). Peers
 * decide the conditions and compute what they can natively; `settle` applies precedence.
 * Dates are resolved here, once per run, which only favours the peers (our engine checks them
 * on every evaluation).
 */
export interface Candidate {
  index: number;
  programId: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  tierId: string | null;
  /** position of the tier in its benefit (first listed = 0), -1 without tiers */
  tierOrder: number;
  matter: string;
  exclusiveGroup: string | null;
  rule: PrecedenceRule;
  /** newest program = highest */
  recency: number;
  levelRank: number;
  /** the program's first day in force (上级优先 compares it) */
  programFrom: string;
  amount: Amount;
  kinds: readonly string[];
  /** jurisdiction prefix of the program ("" = national) */
  prefix: string;
  condition: Condition;
}

export interface CandidateDerivation {
  programId: string;
  prefix: string;
  fact: string;
  value: string | number | boolean;
  mode: "add" | "raise" | "set";
  condition: Condition;
}

export interface CandidateSet {
  candidates: Candidate[];
  derivations: CandidateDerivation[];
  scope: ReadonlyMap<string, ResolvedFact>;
}

const levelRanks = { district: 0, city: 1, province: 2, national: 3 } as const;

export function jurisdictionPrefix(program: Program): string {
  const code = program.issuer.regionCode;
  switch (program.issuer.level) {
    case "national":
      return "";
    case "province":
      return code.slice(0, 2);
    case "city":
      return code.slice(0, 4);
    default:
      return code;
  }
}

function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d - 1)).toISOString().slice(0, 10);
}

/** First and last day in force (inclusive); null = not stated. */
export function programDates(program: Program): { from: string | null; until: string | null } {
  const v = program.validity;
  const from =
    v.effective.from === "date"
      ? (v.effective.date ?? null)
      : v.effective.from === "issue"
        ? (v.issued ?? null)
        : (v.published ?? v.issued ?? null);
  let until: string | null = null;
  if (v.expiry.kind === "last-day") until = v.expiry.date;
  else if (v.expiry.kind === "duration" && from !== null)
    until = addMonths(from, (v.expiry.years ?? 0) * 12 + (v.expiry.months ?? 0));
  return { from, until };
}

const inWindow = (asOf: string, from?: string | null, until?: string | null) =>
  (from == null || asOf >= from) && (until == null || asOf <= until);

export function buildCandidates(
  programs: readonly Program[],
  scope: ReadonlyMap<string, ResolvedFact>,
  asOf: string,
): CandidateSet {
  const dated = programs.map((p) => ({ p, ...programDates(p) }));
  const byRecency = [...dated].sort((a, b) =>
    (a.from ?? "") !== (b.from ?? "")
      ? (a.from ?? "") < (b.from ?? "")
        ? -1
        : 1
      : a.p.id < b.p.id
        ? -1
        : 1,
  );
  const recency = new Map(byRecency.map((d, i) => [d.p.id, i]));
  const candidates: Candidate[] = [];
  const derivations: CandidateDerivation[] = [];
  for (const { p, from, until } of dated) {
    if (from === null || !inWindow(asOf, from, until)) continue;
    const prefix = jurisdictionPrefix(p);
    const expired = new Set<string>();
    const ruleOf = (matter: string): PrecedenceRule => {
      const o = p.precedence.matters[matter];
      return {
        withinMatter: o?.withinMatter ?? p.precedence.withinMatter,
        acrossPrograms: o?.acrossPrograms ?? p.precedence.acrossPrograms,
        higherLevelOverrides: o?.higherLevelOverrides ?? p.precedence.higherLevelOverrides,
      };
    };
    for (const clause of p.clauses) {
      if (!inWindow(asOf, clause.effectiveFrom, clause.deadline)) {
        expired.add(clause.id);
        continue;
      }
      for (const b of clause.benefits) {
        if (!inWindow(asOf, null, b.deadline)) continue;
        const kinds = Array.isArray(b.recipient) ? b.recipient : [b.recipient];
        const base = {
          programId: p.id,
          clauseId: clause.id,
          citation: clause.citation,
          benefitId: b.id,
          matter: b.matter,
          exclusiveGroup: b.exclusiveGroup ?? null,
          rule: ruleOf(b.matter),
          recency: recency.get(p.id)!,
          levelRank: levelRanks[p.issuer.level],
          programFrom: from,
          kinds,
          prefix,
        };
        const own = b.conditions ? [b.conditions] : [];
        if (b.amount)
          candidates.push({
            ...base,
            index: candidates.length,
            tierId: null,
            tierOrder: -1,
            amount: b.amount,
            condition: { all: own },
          });
        for (const [order, t] of (b.tiers ?? []).entries())
          candidates.push({
            ...base,
            index: candidates.length,
            tierId: t.id,
            tierOrder: order,
            amount: t.amount,
            condition: { all: [...own, ...(t.conditions ? [t.conditions] : [])] },
          });
      }
    }
    for (const d of p.derivations) {
      if (d.clauseId !== undefined && expired.has(d.clauseId)) continue;
      const type = scope.get(d.fact)?.type;
      derivations.push({
        programId: p.id,
        prefix,
        fact: d.fact,
        value: d.value,
        mode: type === "set" ? "add" : type === "ordered" ? "raise" : "set",
        condition: d.when,
      });
    }
  }
  return { candidates, derivations, scope };
}

/** Values of an ordered fact at or above / below a rung, for peers without ranks. */
export function orderedSlice(
  values: readonly string[],
  op: "gt" | "gte" | "lt" | "lte",
  value: string,
): string[] {
  const i = values.indexOf(value);
  if (i < 0) return [];
  switch (op) {
    case "gt":
      return values.slice(i + 1);
    case "gte":
      return values.slice(i);
    case "lt":
      return values.slice(0, i);
    default:
      return values.slice(0, i + 1);
  }
}
