import { type Benefit, type Clause, formatFen, type Program } from "@jiangce/rule-schema";

/** What an edited copy is known to differ in, for the diff tests to find (and nothing else). */
export interface KnownEdits {
  amountClause: string | null;
  tierClause: string | null;
  conditionClause: string | null;
  unitClause: string | null;
  movedClause: string;
  addedClause: string;
  removedClause: string;
  validityChanged: true;
  precedenceChanged: true;
}

type Money = { fen?: number; fenPerUnit?: number; cap?: number };

function bumpAmount(clause: Clause, amount: Money): boolean {
  const field =
    amount.fen !== undefined
      ? "fen"
      : amount.fenPerUnit !== undefined
        ? "fenPerUnit"
        : amount.cap !== undefined
          ? "cap"
          : null;
  if (field === null) return false;
  const old = amount[field] as number;
  const next = Math.round((old * 3) / 2 / 100) * 100;
  amount[field] = next;
  // the text says the figure too (2万元 → 3万元), and so does the granting sentence
  clause.text = clause.text.split(formatFen(old)).join(formatFen(next));
  for (const b of clause.benefits)
    if (b.quote) b.quote = b.quote.split(formatFen(old)).join(formatFen(next));
  return true;
}

function firstBenefit(p: Program, ok: (b: Benefit, c: Clause) => boolean, skip: Set<string>) {
  for (const c of p.clauses) {
    if (skip.has(c.id)) continue;
    for (const b of c.benefits) if (ok(b, c)) return { c, b };
  }
  return null;
}

/**
 * A copy of a program with the edits a drafter makes: an amount raised, a tier added, a
 * condition tightened, a responsible unit removed, a clause moved, one added, one removed,
 * validity extended, precedence changed — and every citation renumbered, which must count
 * as no change at all.
 */
export function editedCopy(program: Program): { edited: Program; known: KnownEdits } {
  const p = structuredClone(program);
  const touched = new Set<string>();
  // a figure raised by half; in a text that names none (按规定), a figure set
  const amount =
    firstBenefit(
      p,
      (b, c) => bumpAmount(c, (b.amount ?? b.tiers?.[0]?.amount ?? {}) as Money),
      touched,
    ) ??
    firstBenefit(
      p,
      (b) => {
        if (b.amount?.kind !== "unspecified") return false;
        b.amount = { kind: "fixed", fen: 500_000 };
        return true;
      },
      touched,
    );
  if (amount) touched.add(amount.c.id);
  const tiered = firstBenefit(p, (b) => (b.tiers?.length ?? 0) > 0, touched);
  if (tiered?.b.tiers) {
    const top = tiered.b.tiers[0];
    tiered.b.tiers.push({
      id: "added-tier",
      label: "新增档次",
      amount: { kind: "fixed", fen: 123_400 },
      ...(top?.conditions ? { conditions: top.conditions } : {}),
    });
    touched.add(tiered.c.id);
  }
  const conditioned = firstBenefit(p, (b) => b.conditions !== undefined, touched);
  if (conditioned?.b.conditions) {
    conditioned.b.conditions = {
      all: [conditioned.b.conditions, { fact: "frontlineYears", op: "gte", value: 3 }],
    };
    touched.add(conditioned.c.id);
  }
  const united = p.clauses.find((c) => !touched.has(c.id) && c.responsibleUnits.length >= 2);
  if (united) {
    united.responsibleUnits.pop();
    touched.add(united.id);
  }
  const loose = p.clauses.filter((c) => !touched.has(c.id));
  const removed = loose[0] as Clause;
  const moved = loose.at(-1) as Clause;
  p.clauses = p.clauses.filter((c) => c !== removed && c !== moved);
  p.clauses.splice(1, 0, moved);
  p.clauses.push({
    ...structuredClone(moved),
    id: "added-clause",
    text: "对新认定的乡村工匠给予每人5000元一次性奖励。",
    benefits: [],
    treatments: [],
    targets: [],
    tasks: [],
    responsibleUnits: [],
    citation: "",
  });
  // renumber every clause: citations change, nothing else does
  p.clauses.forEach((c, i) => {
    c.citation = `第${i + 1}条`;
  });
  const x = p.validity.expiry;
  p.validity.expiry =
    x.kind === "last-day"
      ? { kind: "last-day", date: `${Number(x.date.slice(0, 4)) + 1}${x.date.slice(4)}` }
      : x.kind === "duration"
        ? { ...x, years: (x.years ?? 0) + 1 }
        : { kind: "last-day", date: "2030-12-31" };
  p.precedence.withinMatter = p.precedence.withinMatter === "highest" ? "stack" : "highest";
  return {
    edited: p,
    known: {
      amountClause: amount?.c.id ?? null,
      tierClause: tiered?.c.id ?? null,
      conditionClause: conditioned?.c.id ?? null,
      unitClause: united?.id ?? null,
      movedClause: moved.id,
      addedClause: "added-clause",
      removedClause: removed.id,
      validityChanged: true,
      precedenceChanged: true,
    },
  };
}
