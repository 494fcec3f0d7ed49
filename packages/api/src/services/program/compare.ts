import { changedPaths } from "./json-diff.ts";

/**
 * What a reviewer needs to see between two versions of a program: clause by clause (matched by
 * their stable ids) what was added, removed or changed, the text before and after; benefit by
 * benefit the amounts and tiers before and after; and the other places of the document that
 * changed (title, validity, precedence…). Works on incomplete drafts too.
 */
export interface ClauseChange {
  clauseId: string;
  change: "added" | "removed" | "changed";
  citation: string | null;
  textBefore: string | null;
  textAfter: string | null;
  /** paths inside the clause, e.g. "benefits.0.amount.fen" */
  changedPaths: string[];
}

export interface BenefitChange {
  clauseId: string;
  benefitId: string;
  change: "added" | "removed" | "changed";
  label: string | null;
  before: { amount: unknown; tiers: unknown } | null;
  after: { amount: unknown; tiers: unknown } | null;
}

export interface Comparison {
  clauses: ClauseChange[];
  benefits: BenefitChange[];
  /** changed paths outside `clauses` */
  document: string[];
}

type Item = Record<string, unknown>;

function byId(list: unknown): Map<string, Item> {
  const map = new Map<string, Item>();
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    if (item && typeof item === "object" && typeof (item as Item).id === "string") {
      map.set((item as Item).id as string, item as Item);
    }
  }
  return map;
}

const str = (value: unknown) => (typeof value === "string" ? value : null);

export function compareDocuments(before: unknown, after: unknown): Comparison {
  const a = (before && typeof before === "object" ? before : {}) as Item;
  const b = (after && typeof after === "object" ? after : {}) as Item;
  const clausesBefore = byId(a.clauses);
  const clausesAfter = byId(b.clauses);
  const clauses: ClauseChange[] = [];
  const benefits: BenefitChange[] = [];

  const ids = [...new Set([...clausesAfter.keys(), ...clausesBefore.keys()])];
  for (const clauseId of ids) {
    const x = clausesBefore.get(clauseId);
    const y = clausesAfter.get(clauseId);
    const paths = changedPaths(x ?? {}, y ?? {}, 100);
    if (x && y && paths.length === 0) continue;
    clauses.push({
      clauseId,
      change: !x ? "added" : !y ? "removed" : "changed",
      citation: str(y?.citation) ?? str(x?.citation),
      textBefore: str(x?.text),
      textAfter: str(y?.text),
      changedPaths: x && y ? paths : [],
    });
    const benefitsBefore = byId(x?.benefits);
    const benefitsAfter = byId(y?.benefits);
    for (const benefitId of new Set([...benefitsAfter.keys(), ...benefitsBefore.keys()])) {
      const p = benefitsBefore.get(benefitId);
      const q = benefitsAfter.get(benefitId);
      const money = (v: Item | undefined) =>
        v ? { amount: v.amount ?? null, tiers: v.tiers ?? null } : null;
      if (p && q && changedPaths(money(p), money(q)).length === 0 && p.label === q.label) continue;
      benefits.push({
        clauseId,
        benefitId,
        change: !p ? "added" : !q ? "removed" : "changed",
        label: str(q?.label) ?? str(p?.label),
        before: money(p),
        after: money(q),
      });
    }
  }

  const { clauses: _a, ...restBefore } = a;
  const { clauses: _b, ...restAfter } = b;
  return { clauses, benefits, document: changedPaths(restBefore, restAfter, 100) };
}
