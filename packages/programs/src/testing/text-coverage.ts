import { readFileSync } from "node:fs";
import { checkProfileFacts, factsInScope, type Program } from "@jiangce/rule-schema";

// Checks that keep an encoded program honest against its seed text: clause texts are verbatim,
// and every sentence that grants money, a treatment or sets a target is quoted by some item.
// Shared by the program folders' own tests (program.test.ts).

export interface QuotedItem {
  id: string;
  note?: string;
  quote?: string;
  basis?: string;
}

export interface ProgramDocument {
  id: string;
  preamble?: string;
  targets?: QuotedItem[];
  clauses: Array<{
    id: string;
    citation: string;
    text: string;
    responsibleUnits: Array<{ name: string; role: string }>;
    benefits?: Array<QuotedItem & { matter: string }>;
    treatments?: QuotedItem[];
    targets?: QuotedItem[];
  }>;
  annexes?: Array<{ clauseId?: string; tasks: Array<{ content: string }> }>;
}

export function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, "utf8")) as T;
}

export function readText(url: URL): string {
  return readFileSync(url, "utf8");
}

/** The sentence an item was encoded from: its `quote`/`basis` field, or "原文：…" in its note. */
export function quoteOf(item: QuotedItem): string | undefined {
  if (item.quote) return item.quote;
  if (item.basis) return item.basis;
  const match = item.note?.match(/原文：(.*?)(?= (?:读法|名额|说明|【|另一)|$)/su);
  return match?.[1];
}

/** Sentences of a text, split at 。；and line ends, without the 责任单位 parenthesis. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；])|\n/u)
    .map((s) => s.replace(/[（(](责任单位：|[^（()）]*按职责分工负责)[^）)]*[）)]\s*$/u, "").trim())
    .filter((s) => s.length > 0 && !isHeading(s));
}

/** "6.建立技能竞赛奖励制度。" or "六、完善职业技能竞赛选拔机制。" — a clause heading, not a sentence that grants anything. */
function isHeading(sentence: string): boolean {
  return /^(?:\d+\.|[一二三四五六七八九十]+、)[^，。]{2,30}。$/u.test(sentence);
}

/** True when the sentence and the quote overlap fully (one contains the other). */
export function covers(quote: string, sentence: string): boolean {
  const s = sentence.replace(/[。；]$/u, "");
  const q = quote.replace(/[。；，]$/u, "");
  return s.includes(q) || q.includes(s);
}

export function allQuotedItems(
  program: ProgramDocument,
): Array<{ kind: string; item: QuotedItem }> {
  const out: Array<{ kind: string; item: QuotedItem }> = [];
  for (const t of program.targets ?? []) out.push({ kind: "target", item: t });
  for (const c of program.clauses) {
    for (const b of c.benefits ?? []) out.push({ kind: "benefit", item: b });
    for (const t of c.treatments ?? []) out.push({ kind: "treatment", item: t });
    for (const t of c.targets ?? []) out.push({ kind: "target", item: t });
  }
  return out;
}

/** Sentences of `source` matching `pattern` that no item of the given kinds quotes. */
export function uncoveredSentences(
  program: ProgramDocument,
  source: string,
  pattern: RegExp,
  kinds: readonly string[],
): string[] {
  const quotes = allQuotedItems(program)
    .filter((x) => kinds.includes(x.kind))
    .map((x) => quoteOf(x.item))
    .filter((q): q is string => q !== undefined);
  const annexContents = (program.annexes ?? []).flatMap((a) => a.tasks.map((t) => t.content));
  return sentences(source)
    .filter((s) => pattern.test(s))
    .filter((s) => !quotes.some((q) => covers(q, s)) && !annexContents.includes(s));
}

/** The units named in a clause's closing parenthesis, in order. */
export function unitsNamedIn(text: string): string[] {
  const m =
    text.match(/[（(]责任单位：([^）)]+)[）)]\s*$/u) ??
    text.match(/[（(]([^（()）]+)按职责分工负责[）)]\s*$/u);
  return m?.[1]?.split("、").map((s) => s.trim()) ?? [];
}

export interface CaseProfile {
  id: string;
  programs: string[];
  profile: { facts: Record<string, unknown> };
}

/**
 * Facts of worked-case profiles that no program of the case declares, or with values outside
 * the declaration: a typo there would make a condition silently false and a case pass for the
 * wrong reason.
 */
export function profileFactIssues(
  cases: readonly CaseProfile[],
  programs: readonly Program[],
): string[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  return cases.flatMap((c) => {
    const inCase = c.programs.map((id) => byId.get(id)).filter((p) => p !== undefined);
    return checkProfileFacts(factsInScope(inCase), c.profile.facts).map(
      (issue) => `${c.id} ${issue.path}: ${issue.message}`,
    );
  });
}
