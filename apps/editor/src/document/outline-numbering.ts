// The clause tree of a program and its numbering 一、（一）1., computed from the structure and
// never typed. A clause's `sectionPath` says which sections it stands in; a clause whose last
// section is itself (一、总体目标) heads that section. Numbering style (一、 or 一, full- or
// half-width brackets, items 1. 2. counted per section or through the whole part) is read from
// the program, so a seed numbered consistently comes back character for character. Where the
// stored citation is one the structure cannot produce ("三、（末段）", "附则"), the stored text
// is kept and flagged rather than silently renumbered.
import type { Clause, Program } from "@jiangce/rule-schema";
import { localNumber } from "../extensions/program-doc/index.ts";

export interface NumberingStyle {
  /** "一、" or "一" for a first-level clause's citation */
  level1Mark: "、" | "";
  halfWidthParens: boolean;
  /** items (1. 2.) count on through a whole first-level part instead of restarting per （一） */
  continuousItems: boolean;
}

export interface OutlineNode {
  /** clause id, or "section:<label>@<first clause id>" */
  key: string;
  kind: "section" | "clause";
  clauseId?: string;
  /** heading without its number */
  title: string;
  depth: number;
  /** own number: "二、", "（一）", "1." */
  number: string;
  /** computed citation ("二（一）1."), or section label ("（一）实施匠才培养行动") */
  computed: string;
  /** what the program stores: the citation of a clause, the label of a section */
  stored: string;
  /** a clause that heads its own section */
  own: boolean;
  children: OutlineNode[];
}

export interface Outline {
  style: NumberingStyle;
  roots: OutlineNode[];
  /** nodes whose stored numbering the structure does not produce (kept as stored) */
  flags: { key: string; clauseId?: string; stored: string; computed: string }[];
}

const compact = (value: string) => value.replace(/[\s、.．，,]+/g, "");
const numberPrefix =
  /^(?:[一二三四五六七八九十百]+[、.．]?|[（(][一二三四五六七八九十百]+[）)]|\d+[.．、]?)\s*/;
export const stripNumber = (label: string) => label.replace(numberPrefix, "");

const digits = "零一二三四五六七八九";
export function chineseNumeral(n: number): string {
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ""}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ""}`;
  return String(n);
}

/** Whether the clause's last section is the clause itself ("一、总体目标", "1.加快培育平台建设"). */
export function isOwnSection(
  clause: Pick<Clause, "citation" | "heading" | "sectionPath">,
): boolean {
  const last = clause.sectionPath.at(-1);
  if (last === undefined) return false;
  const heading = clause.heading ?? "";
  return (
    compact(last) === compact(`${clause.citation}${heading}`) ||
    compact(last) === compact(`${localNumber(clause.citation)}${heading}`)
  );
}

/** The tree of sections and clauses, without numbers. */
function buildTree(clauses: Clause[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  // the open sections, with the compact label a section path names each by
  const chain: { node: OutlineNode; label: string }[] = [];
  const node = (kind: OutlineNode["kind"], key: string, stored: string, title: string) =>
    ({
      key,
      kind,
      title,
      stored,
      depth: 0,
      number: "",
      computed: "",
      own: false,
      children: [],
    }) as OutlineNode;
  const attach = (child: OutlineNode, level: number) => {
    chain.length = level;
    (level === 0 ? roots : (chain[level - 1] as { node: OutlineNode }).node.children).push(child);
    child.depth = level + 1;
  };
  for (const clause of clauses) {
    const own = isOwnSection(clause);
    const sections = own ? clause.sectionPath.slice(0, -1) : clause.sectionPath;
    sections.forEach((label, level) => {
      if (chain[level]?.label === compact(label)) return;
      const section = node("section", `section:${label}@${clause.id}`, label, stripNumber(label));
      attach(section, level);
      chain[level] = { node: section, label: compact(label) };
    });
    const item = node("clause", clause.id, clause.citation, clause.heading ?? "");
    item.clauseId = clause.id;
    item.own = own;
    attach(item, sections.length);
    if (own)
      chain[sections.length] = { node: item, label: compact(clause.sectionPath.at(-1) ?? "") };
  }
  return roots;
}

/** Fill in numbers and computed citations / labels for one style. */
export function number(roots: OutlineNode[], style: NumberingStyle): void {
  const paren = (s: string) => (style.halfWidthParens ? `(${s})` : `（${s}）`);
  const walk = (nodes: OutlineNode[], prefix: string, counter: { items: number }) => {
    nodes.forEach((n, i) => {
      const local = n.depth === 3 && style.continuousItems ? ++counter.items : i + 1;
      const numeral = chineseNumeral(local);
      n.number =
        n.depth === 1
          ? `${numeral}、`
          : n.depth === 2
            ? paren(numeral)
            : n.depth === 3
              ? `${local}.`
              : paren(String(local));
      const inCitation = n.depth === 1 ? numeral : n.number;
      if (n.kind === "section") n.computed = `${n.number}${n.title}`;
      else n.computed = n.depth === 1 ? `${numeral}${style.level1Mark}` : `${prefix}${inCitation}`;
      walk(n.children, prefix + inCitation, n.depth === 1 ? { items: 0 } : counter);
    });
  };
  walk(roots, "", { items: 0 });
}

export function* nodesOf(roots: OutlineNode[]): Generator<OutlineNode> {
  for (const n of roots) {
    yield n;
    yield* nodesOf(n.children);
  }
}

const styles: NumberingStyle[] = [];
for (const level1Mark of ["、", ""] as const)
  for (const halfWidthParens of [false, true])
    for (const continuousItems of [false, true])
      styles.push({ level1Mark, halfWidthParens, continuousItems });

/** The clause tree, numbered in the style that reproduces most of the stored numbering. */
export function outlineOf(program: Pick<Program, "clauses">, style?: NumberingStyle): Outline {
  const roots = buildTree(program.clauses);
  let best = style ?? (styles[0] as NumberingStyle);
  if (!style) {
    let bestScore = -1;
    for (const candidate of styles) {
      number(roots, candidate);
      let score = 0;
      for (const n of nodesOf(roots)) if (n.stored === n.computed) score++;
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
  }
  number(roots, best);
  const flags = [...nodesOf(roots)]
    // a new clause has no citation yet: it is numbered, not flagged
    .filter((n) => n.stored.trim() !== "" && n.stored !== n.computed)
    .filter((n) => !(n.kind === "clause" && n.children.length))
    .map((n) => ({ key: n.key, clauseId: n.clauseId, stored: n.stored, computed: n.computed }));
  return { style: best, roots, flags };
}
