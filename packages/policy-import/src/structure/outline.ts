import type { Line } from "../text/lines.ts";
import type { ClauseOutline, Span } from "../types.ts";
import { type Marker, type NumberingStyle, readMarker } from "./numbering.ts";

/** A clause as found in the text, before anything inside it is read. */
export interface OutlineClause extends ClauseOutline {
  /** the clause text as the document writes it, numbering included */
  text: string;
}

export interface Outline {
  /** lines before the first numbered clause */
  headerLines: Line[];
  clauses: OutlineClause[];
  /** 本办法自…施行 and what follows it, before the annexes */
  closing?: Span;
  /** lines from the first standalone 附件 line on */
  annexLines: Line[];
}

interface Node {
  marker: Marker;
  heading?: string;
  lines: Line[];
  /** the marker line holds only a heading (一、总体目标); its body follows */
  headingOnly: boolean;
  path: Node[];
  hasChildren: boolean;
}

const closingStart =
  /^本(?:实施)?(?:方案|办法|意见|计划|规定|细则|措施|通知|政策|决定)[^。]{0,30}?(?:施行|实施|执行|有效期)/;
const annexStart = /^附\s*件\s*[\d一二三四五六七八九十]*\s*$/;
const annexReference = /^附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]/;

/**
 * Nests numbered lines by the order in which numbering styles first appear (一、 then （一）
 * then 1.), so a document that skips a level or numbers 1..18 across sections still nests.
 * A style met again pops back to its level.
 */
export function readOutline(text: string, lines: Line[]): Outline {
  const firstClause = lines.findIndex((l) => readMarker(l.text) !== undefined);
  if (firstClause < 0) return { headerLines: lines, clauses: [], annexLines: [] };
  const headerLines = lines.slice(0, firstClause);
  const nodes: Node[] = [];
  const stack: Node[] = [];
  const styles: NumberingStyle[] = [];
  let closingFrom: Line | undefined;
  let closingTo: Line | undefined;
  let annexAt = lines.length;
  // the closing (本办法自…施行) comes after the last numbered line; 本方案实施期间… earlier is body
  const firstAnnex = lines.findIndex((l, i) => i >= firstClause && annexStart.test(l.text));
  let lastNumbered = firstClause;
  for (let i = firstAnnex < 0 ? lines.length - 1 : firstAnnex - 1; i > firstClause; i--)
    if (readMarker((lines[i] as Line).text)) {
      lastNumbered = i;
      break;
    }
  for (let i = firstClause; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length === 0) continue;
    if (annexStart.test(line.text)) {
      annexAt = i;
      break;
    }
    if (annexReference.test(line.text)) continue;
    const written = closingFrom ? undefined : readMarker(line.text);
    const marker = written && restyleTypo(written, stack, styles);
    if (!marker) {
      if (!closingFrom && i > lastNumbered && closingStart.test(line.text)) closingFrom = line;
      if (closingFrom) closingTo = line;
      else stack.at(-1)?.lines.push(line);
      continue;
    }
    let level = styles.indexOf(marker.style);
    if (level < 0) {
      styles.push(marker.style);
      level = styles.length - 1;
    }
    // pop to the parent level of this style
    while (stack.length > 0 && styles.indexOf((stack.at(-1) as Node).marker.style) >= level)
      stack.pop();
    const rest = line.text.slice(marker.length);
    const period = rest.search(/[。；]/);
    const headingOnly = period < 0 && rest.length <= 40;
    const heading = headingOnly
      ? rest
      : period > 0 && period <= 40
        ? rest.slice(0, period)
        : undefined;
    const node: Node = {
      marker,
      lines: [line],
      headingOnly,
      path: [...stack],
      hasChildren: false,
      ...(heading ? { heading } : {}),
    };
    const parent = stack.at(-1);
    if (parent) parent.hasChildren = true;
    nodes.push(node);
    stack.push(node);
  }
  const clauses: OutlineClause[] = [];
  const ids = new Set<string>();
  const next = new Map<string, number>();
  for (const node of nodes) {
    const body = node.headingOnly ? node.lines.slice(1) : node.lines;
    if (body.length === 0 && node.hasChildren) continue;
    const shown = body.length > 0 ? body : node.lines;
    const last = shown.at(-1) as Line;
    const chain = [...node.path, node];
    const base = `c${chain.map((n) => n.marker.ordinal).join("-")}`;
    // repeated numbering (two 一、 in one text) gets -2, -3…; counted, not searched
    let k = next.get(base) ?? 1;
    let id = k === 1 ? base : `${base}-${k}`;
    while (ids.has(id)) id = `${base}-${++k}`;
    next.set(base, k + 1);
    ids.add(id);
    const span = { start: (node.lines[0] as Line).start, end: last.end };
    clauses.push({
      id,
      // 第X条 are numbered through the whole text: cited without their 第X章
      citation: chain
        .slice(
          Math.max(
            0,
            chain.findIndex((n) => n.marker.style === "article"),
          ),
        )
        .map(citationLabel)
        .join(""),
      ...(node.heading ? { heading: node.heading } : {}),
      sectionPath: node.path.map((n) => `${n.marker.label}${n.heading ?? ""}`),
      span,
      text: text.slice(span.start, span.end),
    });
  }
  return {
    headerLines,
    clauses,
    ...(closingFrom && closingTo
      ? { closing: { start: closingFrom.start, end: closingTo.end } }
      : {}),
    annexLines: lines.slice(annexAt),
  };
}

/** 二、（一）1. is cited 二（一）1.: the 、 of a top-level number is punctuation, not part of it */
function citationLabel(node: Node): string {
  return node.marker.style === "cn-comma"
    ? node.marker.label.replace(/[、，．.]$/, "")
    : node.marker.label;
}

/**
 * 二、… 3、 大力实施… or （一）… （2） 坚持…: a number in a new style that continues the
 * count of an open level (a new level starts at 1) is that level mistyped; it takes the
 * level's style and is cited the way that level is written. Only for a style not used before.
 */
function restyleTypo(marker: Marker, stack: Node[], seen: NumberingStyle[]): Marker {
  // a style already used in the document (1..18 running on across sections) is no typo
  if (marker.ordinal <= 1 || seen.includes(marker.style)) return marker;
  const sibling = [...stack].reverse().find((n) => n.marker.ordinal + 1 === marker.ordinal);
  if (!sibling) return marker;
  const style = sibling.marker.style;
  const cn = chineseOrdinal(marker.ordinal);
  const label =
    style === "cn-comma"
      ? `${cn}、`
      : style === "cn-paren"
        ? `（${cn}）`
        : style === "arabic-dot"
          ? `${marker.ordinal}.`
          : style === "arabic-paren"
            ? `（${marker.ordinal}）`
            : marker.label;
  return { ...marker, style, label };
}

function chineseOrdinal(n: number): string {
  const d = "零一二三四五六七八九";
  if (n < 10) return d[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? "" : d[n % 10]}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 === 0 ? "" : d[n % 10]}`;
  return String(n);
}
