/**
 * How the import benchmark decides that a proposal found a hand-encoded benefit
 * (documented in tests/perf/README.md). Works on the programs' JSON as written.
 */
import type { Proposal } from "@jiangce/policy-import";

export interface ExpectedBenefit {
  id: string;
  clause: string;
  quote: string;
  start: number;
  end: number;
  signatures: string[];
  periodClass: string;
  recipients: string[];
  hasFigure: boolean;
}

type Json = Record<string, unknown>;

/** An amount as one comparable string; equivalent encodings of one meaning compare equal. */
export function signature(a: Json, period: string): { sig: string; period: string } {
  const cap = typeof a.cap === "number" ? `|cap:${a.cap}` : "";
  switch (a.kind) {
    case "fixed":
      return { sig: a.upTo ? `ceiling:${a.fen}` : `fixed:${a.fen}${cap}`, period };
    case "unspecified":
      return {
        sig: typeof a.cap === "number" && a.upTo ? `ceiling:${a.cap}` : "unspecified",
        period,
      };
    case "percent-of":
      if (a.percent === 100 && typeof a.cap === "number" && a.upTo)
        return { sig: `ceiling:${a.cap}`, period };
      return { sig: `percent-of:${a.percent}${a.upTo ? "^" : ""}`, period };
    case "per-unit":
      // 每人每次1000元 paid per session is the same money as 1000元 per occasion
      if (a.unitLabel === "次")
        return { sig: `fixed:${a.fenPerUnit}${cap}`, period: "per-occasion" };
      return { sig: `per-unit:${a.fenPerUnit}${a.upTo ? "^" : ""}${cap}`, period };
    case "matching":
      return { sig: `matching:${a.ratio}`, period };
    case "uplift":
      return { sig: `uplift:${a.percent}`, period };
    default:
      return { sig: `unknown:${String(a.kind)}`, period };
  }
}

/** per-year and per-month must agree; once and per-occasion are both "not recurring". */
export function periodClass(period: string): string {
  return period === "per-year" || period === "per-month" ? period : "non-recurring";
}

function readings(b: Json): { sigs: string[]; periodClass: string } {
  const period = typeof b.period === "string" ? b.period : "once";
  const amounts = b.amount
    ? [b.amount as Json]
    : ((b.tiers as Json[] | undefined) ?? []).map((t) => t.amount as Json);
  const sigs = amounts.map((a) => signature(a, period));
  return { sigs: sigs.map((s) => s.sig), periodClass: periodClass(sigs[0]?.period ?? period) };
}

const compact = (s: string) => s.replace(/\s+/g, "");

export function expectedBenefits(program: Json, text: string): ExpectedBenefit[] {
  const out: ExpectedBenefit[] = [];
  for (const clause of (program.clauses as Json[]) ?? [])
    for (const b of (clause.benefits as Json[]) ?? []) {
      const quote = String(b.quote ?? "");
      const at = locate(text, quote);
      const r = readings(b);
      out.push({
        id: String(b.id),
        clause: String(clause.citation),
        quote,
        start: at,
        end: at + quote.length,
        signatures: r.sigs,
        periodClass: r.periodClass,
        recipients: Array.isArray(b.recipient) ? (b.recipient as string[]) : [String(b.recipient)],
        hasFigure: !r.sigs.every((s) => s === "unspecified"),
      });
    }
  return out;
}

function locate(text: string, quote: string): number {
  const direct = text.indexOf(quote);
  if (direct >= 0) return direct;
  // ignore whitespace differences: walk the text keeping a map to original offsets
  const map: number[] = [];
  let squeezed = "";
  for (let i = 0; i < text.length; i++)
    if (!/\s/.test(text[i] ?? "")) {
      map.push(i);
      squeezed += text[i];
    }
  const k = squeezed.indexOf(compact(quote));
  return k >= 0 ? (map[k] ?? -1) : -1;
}

export interface Verdict {
  matched: Set<string>;
  right: Proposal[];
  wrong: { proposal: Proposal; why: string }[];
  notMoney: Proposal[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const sameMultiset = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** Matches benefit proposals against the expected benefits of one seed. */
export function judge(expected: ExpectedBenefit[], proposals: Proposal[]): Verdict {
  const matched = new Set<string>();
  const v: Verdict = { matched, right: [], wrong: [], notMoney: [] };
  for (const p of proposals) {
    if (p.kind !== "benefit") continue;
    const here = expected.filter((e) => e.start >= 0 && overlaps(e, p.span));
    if (here.length === 0) {
      v.notMoney.push(p);
      continue;
    }
    const got = readings(p.value as unknown as Json);
    const rec = Array.isArray(p.value.recipient) ? p.value.recipient[0] : p.value.recipient;
    const agrees = (e: ExpectedBenefit) =>
      e.periodClass === got.periodClass && e.recipients.includes(String(rec));
    const hit: ExpectedBenefit[] = here.filter(
      (e) => sameMultiset(e.signatures, got.sigs) && agrees(e),
    );
    if (hit.length === 0 && got.sigs.length > 1) {
      // one tiered proposal for benefits the program encodes separately (分别给予5万元、10万元)
      const singles = here.filter((e) => e.signatures.length === 1);
      if (
        singles.length > 1 &&
        sameMultiset(
          singles.flatMap((e) => e.signatures),
          got.sigs,
        ) &&
        singles.every(agrees)
      )
        hit.push(...singles);
    }
    if (hit.length > 0) {
      for (const e of hit) matched.add(e.id);
      v.right.push(p);
    } else {
      const e = here[0] as ExpectedBenefit;
      v.wrong.push({
        proposal: p,
        why: `期望 ${e.id} ${e.signatures.join("/")} ${e.periodClass} ${e.recipients.join("|")}；读出 ${got.sigs.join("/")} ${got.periodClass} ${String(rec)}`,
      });
    }
  }
  return v;
}

const citation = (c: string) =>
  c
    .replace(/[、\s]/g, "")
    .replace(/[（(]/g, "（")
    .replace(/[）)]/g, "）");

/** Clauses (by citation), title, stage, validity and precedence of the draft against the program. */
export function structureFound(expected: Json, draft: Json): string[] {
  const want = ((expected.clauses as Json[]) ?? [])
    .map((c) => citation(String(c.citation)))
    .filter((c) => !/末段/.test(c));
  const got = new Set(((draft.clauses as Json[]) ?? []).map((c) => citation(String(c.citation))));
  const same = (a: unknown, b: unknown) => (JSON.stringify(a) === JSON.stringify(b) ? "yes" : "no");
  const validity = (x: Json) => {
    const v = x.validity as Json;
    return [v.effective, v.expiry];
  };
  const precedence = (x: Json) => {
    const p = (x.precedence ?? {}) as Json;
    return [
      p.withinMatter ?? "highest",
      p.acrossPrograms ?? "none",
      p.higherLevelOverrides ?? false,
    ];
  };
  return [
    `${want.filter((c) => got.has(c)).length}/${want.length}`,
    same(expected.title, draft.title),
    same(expected.stage, draft.stage),
    same(validity(expected), validity(draft)),
    same(precedence(expected), precedence(draft)),
  ];
}
