import { clip, limitOf, roundHalfUp, scaled } from "./amounts.ts";
import type { Candidate, CandidateSet } from "./candidates.ts";

/**
 * Precedence for the peers, written independently from the documented rules of the schema
 * (README "Precedence"), so that the side-by-side check also checks our engine's settlement:
 * tiers 就高; exclusive groups and `withinMatter: "highest"` inside a program; across
 * programs 上级优先, then the newest program's rule (从新就高 / 从新 / stack). Amounts based
 * on another matter's paid total are computed here, after that matter is settled. Both peers
 * run this same function inside their timed loop.
 */
export type Value = number | "unspecified";
export interface Paid {
  candidate: Candidate;
  amount: Value;
}

/** > 0 when a beats b: known amounts beat 按规定, then the newer program, then the smaller key. */
function compare(a: Paid, b: Paid): number {
  const x = a.amount;
  const y = b.amount;
  if (x !== y) {
    if (x === "unspecified") return -1;
    if (y === "unspecified") return 1;
    return x - y;
  }
  const r = a.candidate.recency - b.candidate.recency;
  if (r !== 0) return r;
  const ka = keyOf(a.candidate);
  const kb = keyOf(b.candidate);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

export const keyOf = (c: Candidate) =>
  c.tierId === null ? `${c.programId}/${c.benefitId}` : `${c.programId}/${c.benefitId}/${c.tierId}`;

const best = (list: readonly Paid[]) =>
  list.reduce((top, p) => (compare(p, top) > 0 ? p : top), list[0]!);

function keepBest(list: Paid[], bucketOf: (p: Paid) => string | null): Paid[] {
  const buckets = new Map<string, Paid[]>();
  for (const p of list) {
    const k = bucketOf(p);
    if (k !== null) buckets.set(k, [...(buckets.get(k) ?? []), p]);
  }
  const losers = new Set<Paid>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const top = best(bucket);
    for (const p of bucket) if (p !== top) losers.add(p);
  }
  return list.filter((p) => !losers.has(p));
}

function acrossPrograms(list: Paid[]): Paid[] {
  const byProgram = new Map<string, Paid[]>();
  for (const p of list)
    byProgram.set(p.candidate.programId, [...(byProgram.get(p.candidate.programId) ?? []), p]);
  if (byProgram.size < 2) return list;
  const info = (id: string) => byProgram.get(id)![0]!.candidate;
  let programs = [...byProgram.keys()];
  const overridden = new Set<string>();
  for (const p of programs) {
    const mine = info(p);
    if (!mine.rule.higherLevelOverrides) continue;
    const senior = programs.some(
      (q) => info(q).levelRank > mine.levelRank && info(q).programFrom > mine.programFrom,
    );
    if (senior) overridden.add(p);
  }
  programs = programs.filter((p) => !overridden.has(p));
  const remaining = list.filter((p) => !overridden.has(p.candidate.programId));
  if (programs.length < 2) return remaining;

  const newestFirst = [...programs].sort((a, b) => info(b).recency - info(a).recency);
  const governor = newestFirst.find((p) => info(p).rule.acrossPrograms !== "none");
  const rule = governor === undefined ? "stack" : info(governor).rule.acrossPrograms;
  if (rule === "stack" || governor === undefined) return remaining;
  if (rule === "newest") return byProgram.get(governor)!;
  const sums = programs.map((p) => {
    const amounts = byProgram.get(p)!.map((x) => x.amount);
    const sum = amounts.includes("unspecified")
      ? "unspecified"
      : (amounts as number[]).reduce((a, b) => a + b, 0);
    return { p, sum };
  });
  if (sums.some((s) => s.sum === "unspecified")) return byProgram.get(governor)!;
  let top = sums[0]!;
  for (const s of sums.slice(1)) {
    const d = (s.sum as number) - (top.sum as number);
    if (d > 0 || (d === 0 && info(s.p).recency > info(top.p).recency)) top = s;
  }
  return byProgram.get(top.p)!;
}

export interface Settler {
  /** the paid candidates for one profile, given what the peer reported per candidate */
  settle(
    values: ReadonlyMap<number, number | "unspecified" | "by-matter">,
    facts: Record<string, unknown>,
  ): Paid[];
}

export function settler(set: CandidateSet): Settler {
  const { candidates } = set;
  // Matter nodes: exclusive groups merge matters; amounts of a matter's total depend on it.
  const parent = new Map<string, string>();
  const find = (m: string): string => {
    const p = parent.get(m);
    if (p === undefined || p === m) return m;
    const root = find(p);
    parent.set(m, root);
    return root;
  };
  const groupFirst = new Map<string, string>();
  for (const c of candidates) {
    if (c.exclusiveGroup === null) continue;
    const g = `${c.programId}\u0000${c.exclusiveGroup}`;
    const first = groupFirst.get(g);
    if (first === undefined) groupFirst.set(g, c.matter);
    else if (find(first) !== find(c.matter)) parent.set(find(c.matter), find(first));
  }
  const deps = new Map<string, Set<string>>();
  for (const c of candidates) {
    const node = find(c.matter);
    if (!deps.has(node)) deps.set(node, new Set());
    const of = "of" in c.amount ? c.amount.of : null;
    if (of && "matter" in of && candidates.some((x) => x.matter === of.matter))
      deps.get(node)!.add(find(of.matter));
  }
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const d of deps.get(n) ?? []) visit(d);
    order.push(n);
  };
  for (const n of [...deps.keys()].sort()) visit(n);
  const byNode = new Map<string, Candidate[]>(order.map((n) => [n, []]));
  for (const c of candidates) byNode.get(find(c.matter))!.push(c);
  const nodes = order.map((n) => byNode.get(n)!);

  return {
    settle(values, facts) {
      const totals = new Map<string, Value>();
      const addTotal = (key: string, v: Value) => {
        const t = totals.get(key);
        totals.set(
          key,
          t === undefined ? v : t === "unspecified" || v === "unspecified" ? "unspecified" : t + v,
        );
      };
      const paid: Paid[] = [];
      for (const node of nodes) {
        // one entry per benefit: its best qualifying tier
        const perBenefit = new Map<string, Paid>();
        for (const c of node) {
          const raw = values.get(c.index);
          if (raw === undefined || raw === 0) continue;
          let amount: Value | null = raw === "by-matter" ? null : raw;
          if (raw === "by-matter") {
            const of = (c.amount as { of: { matter: string; program?: string } }).of;
            const total = totals.get(of.program ? `${of.program}\u0000${of.matter}` : of.matter);
            if (total === "unspecified") amount = "unspecified";
            else if (total !== undefined) {
              const s = scaled(c.amount)!;
              const fen = clip(
                roundHalfUp(total, s.numerator, s.denominator),
                limitOf(c.amount, facts, set.scope),
              );
              amount = fen === 0 ? null : fen;
            }
          }
          if (amount === null) continue;
          const entry: Paid = { candidate: c, amount };
          const k = `${c.programId}/${c.benefitId}`;
          const prior = perBenefit.get(k);
          if (prior === undefined || compare(entry, prior) > 0) perBenefit.set(k, entry);
        }
        if (perBenefit.size === 0) continue;
        let list = [...perBenefit.values()];
        list = keepBest(list, (p) =>
          p.candidate.exclusiveGroup === null
            ? null
            : `${p.candidate.programId}\u0000${p.candidate.exclusiveGroup}`,
        );
        list = keepBest(list, (p) =>
          p.candidate.rule.withinMatter === "highest"
            ? `${p.candidate.programId}\u0000${p.candidate.matter}`
            : null,
        );
        const matters = [...new Set(list.map((p) => p.candidate.matter))].sort();
        for (const m of matters) {
          const won = acrossPrograms(list.filter((p) => p.candidate.matter === m));
          for (const w of won) {
            paid.push(w);
            addTotal(w.candidate.matter, w.amount);
            addTotal(`${w.candidate.programId}\u0000${w.candidate.matter}`, w.amount);
          }
        }
      }
      return paid;
    },
  };
}

/** A stable, comparable summary of what is paid: "program/benefit/tier=fen" sorted. */
export function paidSummary(entries: ReadonlyArray<{ key: string; amount: Value }>): string {
  return entries
    .map((e) => `${e.key}=${e.amount}`)
    .sort()
    .join(" ");
}
