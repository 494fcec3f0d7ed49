import type { Entitlement, EvaluationResult } from "@jiangce/rule-schema";
import type { UnknownValue } from "../mapping/row-mapper.ts";

/** One entitlement of a roster row, as staff read it. */
export interface RowEntitlement {
  programId: string;
  citation: string;
  benefitId: string;
  matter: string;
  label: string;
  tierLabel: string | null;
  /** integer fen; null when the text names no figure (按规定) */
  amountFen: number | null;
  upTo: boolean;
  payer: string;
  period: string;
  validUntil: string | null;
}

/** What one evaluated row qualifies for. Identity numbers only travel when asked for. */
export interface RowResult {
  line: number;
  profileId: string;
  name: string | null;
  identityNumber: string | null;
  attributes: Record<string, string>;
  entitlements: RowEntitlement[];
  totalFen: number;
  unknown: UnknownValue[];
  /** what the row nearly qualified for, nearest first (see near-misses.ts) */
  nearMisses: RowNearMiss[];
}

/** A benefit or tier the row just missed, with the engine's sentences for why. */
export interface RowNearMiss {
  label: string;
  citation: string;
  /** "一线工作4年，需满5年" */
  reasons: string[];
}

/** Money and head counts of one program, matter or payer. */
export interface Total {
  key: string;
  /** rows with at least one entitlement of this key */
  rows: number;
  entitlements: number;
  fen: number;
  /** entitlements without a figure (按规定), not in `fen` */
  unspecified: number;
}

export interface RunTotals {
  byProgram: Record<string, Total>;
  byMatter: Record<string, Total>;
  byPayer: Record<string, Total>;
}

export const emptyTotals = (): RunTotals => ({ byProgram: {}, byMatter: {}, byPayer: {} });

export function rowEntitlements(result: EvaluationResult): RowEntitlement[] {
  return result.entitlements.map((e) => ({
    programId: e.ref.programId,
    citation: e.ref.citation,
    benefitId: e.ref.benefitId,
    matter: e.ref.matter,
    label: e.ref.label,
    tierLabel: e.tier?.label ?? null,
    amountFen: e.amount === "unspecified" ? null : e.amount,
    upTo: e.upTo,
    payer: e.ref.payer,
    period: e.ref.period,
    validUntil: e.ref.validUntil,
  }));
}

function add(into: Record<string, Total>, key: string, fen: number | null, seen: string[]) {
  let t = into[key];
  if (t === undefined) {
    t = { key, rows: 0, entitlements: 0, fen: 0, unspecified: 0 };
    into[key] = t;
  }
  if (!seen.includes(key)) {
    seen.push(key);
    t.rows++;
  }
  t.entitlements++;
  if (fen === null) t.unspecified++;
  else t.fen += fen;
}

/** Count one row's entitlements into the totals. */
export function addRow(totals: RunTotals, entitlements: readonly RowEntitlement[]): void {
  if (entitlements.length === 0) return;
  // a row has a few entitlements: arrays beat sets here
  const seen: [string[], string[], string[]] = [[], [], []];
  for (const e of entitlements) {
    add(totals.byProgram, e.programId, e.amountFen, seen[0]);
    add(totals.byMatter, e.matter, e.amountFen, seen[1]);
    add(totals.byPayer, e.payer, e.amountFen, seen[2]);
  }
}

/** The same straight from the engine's entitlements (the CLI's path: no row objects built). */
export function addEntitlements(totals: RunTotals, entitlements: readonly Entitlement[]): void {
  if (entitlements.length === 0) return;
  const seen: [string[], string[], string[]] = [[], [], []];
  for (const e of entitlements) {
    const fen = e.amount === "unspecified" ? null : e.amount;
    add(totals.byProgram, e.ref.programId, fen, seen[0]);
    add(totals.byMatter, e.ref.matter, fen, seen[1]);
    add(totals.byPayer, e.ref.payer, fen, seen[2]);
  }
}

/** Add totals computed elsewhere (another worker's share) into `into`. */
export function mergeTotals(into: RunTotals, from: RunTotals): void {
  for (const k of ["byProgram", "byMatter", "byPayer"] as const)
    for (const [key, t] of Object.entries(from[k])) {
      const mine = into[k][key];
      if (mine === undefined) into[k][key] = { ...t };
      else {
        mine.rows += t.rows;
        mine.entitlements += t.entitlements;
        mine.fen += t.fen;
        mine.unspecified += t.unspecified;
      }
    }
}

/** Unknown values of a run: each raw text once, with how often and on which lines. */
export interface UnknownSummary extends UnknownValue {
  count: number;
  /** the first lines it occurs on (at most 50) */
  lines: number[];
}

export function addUnknown(
  into: Map<string, UnknownSummary>,
  line: number,
  values: readonly UnknownValue[],
) {
  for (const u of values) {
    const key = `${u.target}\u0000${u.value}`;
    const s = into.get(key);
    if (s === undefined) into.set(key, { ...u, count: 1, lines: [line] });
    else {
      s.count++;
      if (s.lines.length < 50) s.lines.push(line);
    }
  }
}

export function mergeUnknown(into: Map<string, UnknownSummary>, from: Iterable<UnknownSummary>) {
  for (const u of from) {
    const key = `${u.target}\u0000${u.value}`;
    const s = into.get(key);
    if (s === undefined) into.set(key, { ...u, lines: [...u.lines] });
    else {
      s.count += u.count;
      for (const l of u.lines) if (s.lines.length < 50) s.lines.push(l);
    }
  }
}
