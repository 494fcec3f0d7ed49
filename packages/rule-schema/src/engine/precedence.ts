import type { AcrossPrograms } from "../schema/precedence.ts";
import { entitlementKey } from "./entitlement-key.ts";
import type {
  CompiledBenefit,
  Entitlement,
  Exclusion,
  ExclusionRule,
  ProgramRef,
} from "./types.ts";

/**
 * Precedence, as configured by each program (never hard-coded), and every exclusion the
 * engine reports is produced here:
 * 0. tiers of one benefit: the highest qualifying tier is paid (`excludeLowerTiers`),
 * 1. exclusive groups inside one program (就高、不重复享受 across matters),
 * 2. one matter inside one program: "highest" keeps the best, "stack" keeps all,
 * 3. one matter across programs: 上级优先, then the newest program's rule
 *    (从新就高 / 从新 / stack).
 * Ties never depend on input order: amount, then the newer program, then the stable key.
 */

/** A qualifying entitlement of one matter node, and the benefit it comes from. */
export interface Candidate {
  entitlement: Entitlement;
  benefit: CompiledBenefit;
}

/** > 0 when a beats b. Known amounts beat 按规定 (unspecified). */
export function compareEntitlements(a: Entitlement, b: Entitlement): number {
  const x = a.amount;
  const y = b.amount;
  if (x !== y) {
    if (x === "unspecified") return -1;
    if (y === "unspecified") return 1;
    return x - y;
  }
  const r = a.ref.program.recency - b.ref.program.recency;
  if (r !== 0) return r;
  const ka = entitlementKey(a);
  const kb = entitlementKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

function best(list: readonly Candidate[]): Candidate {
  let top = list[0]!;
  for (let i = 1; i < list.length; i++)
    if (compareEntitlements(list[i]!.entitlement, top.entitlement) > 0) top = list[i]!;
  return top;
}

/**
 * Tiers of one benefit (分别给予…就高): the highest qualifying tier is paid, the others are
 * excluded by it. `lower` holds the tiers that lost to `top`.
 */
export function excludeLowerTiers(
  lower: readonly Entitlement[],
  top: Entitlement,
  benefit: CompiledBenefit,
  excluded: Exclusion[],
): void {
  for (const candidate of lower)
    excluded.push({
      candidate,
      rule: "tier-highest",
      by: top,
      decidedBy: benefit.ref.program,
      incomparable: false,
    });
}

function exclude(
  out: Exclusion[],
  losers: readonly Candidate[],
  winner: Candidate | null,
  rule: ExclusionRule,
  decidedBy: ProgramRef,
  incomparable: boolean,
) {
  for (const l of losers)
    if (l !== winner)
      out.push({
        candidate: l.entitlement,
        rule,
        by: winner?.entitlement ?? null,
        decidedBy,
        incomparable,
      });
}

function hasUnspecified(list: readonly Candidate[]): boolean {
  return (
    list.some((c) => c.entitlement.amount === "unspecified") &&
    list.some((c) => c.entitlement.amount !== "unspecified")
  );
}

/** Keep the best of each bucket; the rest are excluded under `rule`. */
function keepBest(
  list: Candidate[],
  bucketOf: (c: Candidate) => string | null,
  rule: ExclusionRule,
  excluded: Exclusion[],
): Candidate[] {
  const buckets = new Map<string, Candidate[]>();
  for (const c of list) {
    const k = bucketOf(c);
    if (k === null) continue;
    const bucket = buckets.get(k);
    if (bucket) bucket.push(c);
    else buckets.set(k, [c]);
  }
  let losers: Set<Candidate> | null = null;
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const top = best(bucket);
    exclude(excluded, bucket, top, rule, top.entitlement.ref.program, hasUnspecified(bucket));
    losers ??= new Set();
    for (const c of bucket) if (c !== top) losers.add(c);
  }
  return losers === null ? list : list.filter((c) => !losers.has(c));
}

function governingRule(
  programs: readonly ProgramRef[],
  matter: string,
): [AcrossPrograms, ProgramRef] {
  // newest first
  const sorted = [...programs].sort((a, b) => b.recency - a.recency);
  for (const p of sorted) {
    const rule = p.rule(matter).acrossPrograms;
    if (rule !== "none") return [rule, p];
  }
  return ["stack", sorted[0]!];
}

function sumOf(list: readonly Candidate[]): number | "unspecified" {
  let sum = 0;
  for (const c of list) {
    if (c.entitlement.amount === "unspecified") return "unspecified";
    sum += c.entitlement.amount;
  }
  return sum;
}

function acrossPrograms(list: Candidate[], matter: string, excluded: Exclusion[]): Candidate[] {
  const byProgram = new Map<ProgramRef, Candidate[]>();
  for (const c of list) {
    const p = c.entitlement.ref.program;
    const same = byProgram.get(p);
    if (same) same.push(c);
    else byProgram.set(p, [c]);
  }
  if (byProgram.size < 2) return list;
  let programs = [...byProgram.keys()];

  // 上级优先: a later program of a higher level replaces a program that defers to it.
  const overridden = new Set<ProgramRef>();
  for (const p of programs) {
    if (!p.rule(matter).higherLevelOverrides) continue;
    let senior: ProgramRef | null = null;
    for (const q of programs)
      if (
        q.levelRank > p.levelRank &&
        (q.from ?? "") > (p.from ?? "") &&
        (senior === null || q.recency > senior.recency)
      )
        senior = q;
    if (senior !== null) {
      overridden.add(p);
      exclude(
        excluded,
        byProgram.get(p)!,
        best(byProgram.get(senior)!),
        "higher-level-overrides",
        p,
        false,
      );
    }
  }
  if (overridden.size > 0) programs = programs.filter((p) => !overridden.has(p));
  if (programs.length < 2) return list.filter((c) => !overridden.has(c.entitlement.ref.program));

  const [rule, governor] = governingRule(programs, matter);
  let newest = programs[0]!;
  for (const p of programs) if (p.recency > newest.recency) newest = p;
  let winner: ProgramRef | null = null;
  let incomparable = false;
  if (rule === "newest") winner = newest;
  else if (rule === "highest-then-newest") {
    const totals = programs.map((p) => [p, sumOf(byProgram.get(p)!)] as const);
    if (totals.some(([, t]) => t === "unspecified")) {
      winner = newest;
      incomparable = true;
    } else {
      let top = totals[0]!;
      for (const t of totals.slice(1)) {
        const d = (t[1] as number) - (top[1] as number);
        if (d > 0 || (d === 0 && t[0].recency > top[0].recency)) top = t;
      }
      winner = top[0];
    }
  }
  if (winner === null) return list.filter((c) => !overridden.has(c.entitlement.ref.program));
  const exclusionRule: ExclusionRule =
    rule === "newest" ? "across-newest" : "across-highest-then-newest";
  const winning = best(byProgram.get(winner)!);
  for (const p of programs)
    if (p !== winner)
      exclude(excluded, byProgram.get(p)!, winning, exclusionRule, governor, incomparable);
  return byProgram.get(winner)!;
}

/** Settle the candidates of one matter node; returns the winners. */
export function resolvePrecedence(candidates: Candidate[], excluded: Exclusion[]): Candidate[] {
  let list = candidates;
  if (list.some((c) => c.benefit.exclusiveGroup !== null))
    list = keepBest(
      list,
      (c) =>
        c.benefit.exclusiveGroup === null
          ? null
          : `${c.entitlement.ref.programId}\u0000${c.benefit.exclusiveGroup}`,
      "exclusive-group",
      excluded,
    );
  list = keepBest(
    list,
    (c) =>
      c.benefit.rule.withinMatter === "highest"
        ? `${c.entitlement.ref.programId}\u0000${c.entitlement.ref.matter}`
        : null,
    "within-matter-highest",
    excluded,
  );
  const matters = new Set(list.map((c) => c.entitlement.ref.matter));
  if (matters.size === 1) return acrossPrograms(list, list[0]!.entitlement.ref.matter, excluded);
  const out: Candidate[] = [];
  for (const m of [...matters].sort())
    out.push(
      ...acrossPrograms(
        list.filter((c) => c.entitlement.ref.matter === m),
        m,
        excluded,
      ),
    );
  return out;
}
