import type { ProgramInput } from "@jiangce/rule-schema";
import { readTargets } from "../targets/targets.ts";
import type { Line } from "../text/lines.ts";
import type { Span, UnreadSpan } from "../types.ts";
import { readDeadline } from "../validity/validity.ts";

type AnnexInput = NonNullable<ProgramInput["annexes"]>[number];

export interface AnnexReading {
  span: Span;
  value: AnnexInput;
}

const annexStart = /^附\s*件\s*([\d一二三四五六七八九十]*)\s*$/;

/**
 * Annex task tables (序号 / 工作内容 / 牵头单位 / 配合单位) as text pasted from Word or
 * mammoth: a row is either one line of tab-separated cells, or one cell per tab-indented
 * line with a blank line between rows. Columns are found by their header words.
 */
export function readAnnexes(lines: Line[]): { annexes: AnnexReading[]; unread: UnreadSpan[] } {
  const annexes: AnnexReading[] = [];
  const unread: UnreadSpan[] = [];
  const starts = lines.flatMap((l, i) => (annexStart.test(l.text) ? [i] : []));
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? lines.length;
    const block = lines.slice(from, to);
    const title = block
      .slice(1)
      .find((l) => l.text.length > 0 && !l.indentedByTab && !l.text.includes("\t"));
    const rows = tableRows(block.slice(1).filter((l) => l !== title));
    const header = rows.find((r) => r.cells.some((c) => /序号|牵头/.test(c)));
    const col = (re: RegExp) =>
      header ? header.cells.findIndex((c) => re.test(c.replace(/\s+/g, ""))) : -1;
    const seqAt = col(/序号/);
    const contentAt = col(/内容|任务|事项|措施/);
    const leadAt = col(/牵头|责任/);
    const supportAt = col(/配合|协同|参与/);
    const tasks: NonNullable<AnnexInput["tasks"]> = [];
    if (header && contentAt >= 0 && leadAt >= 0)
      for (const row of rows) {
        if (row === header) continue;
        const seq = Number(row.cells[seqAt] ?? Number.NaN);
        const content = row.cells[contentAt] ?? "";
        const lead = names(row.cells[leadAt] ?? "");
        if (!Number.isInteger(seq) || seq <= 0 || content.length === 0) continue;
        if (lead.length === 0) {
          unread.push({ ...row.span, reason: "附件表格行没有牵头单位" });
          continue;
        }
        const due = readDeadline(content);
        tasks.push({
          seq,
          content,
          lead,
          support: supportAt >= 0 ? names(row.cells[supportAt] ?? "") : [],
          targets: readTargets(content).map((t, i) => ({
            id: `annex-${k + 1}-row-${seq}-${i + 1}`,
            ...t.value,
          })),
          ...(due ? { deadline: due.date } : {}),
        });
      }
    const first = block[0] as Line;
    const last = block.at(-1) as Line;
    annexes.push({
      span: { start: first.start, end: last.end },
      value: { id: `annex-${k + 1}`, title: title?.text ?? first.text, tasks },
    });
  });
  return { annexes, unread };
}

interface Row {
  cells: string[];
  span: Span;
}

function tableRows(lines: Line[]): Row[] {
  const rows: Row[] = [];
  let current: Row | undefined;
  for (const line of lines) {
    if (line.text.includes("\t")) {
      rows.push({ cells: line.text.split("\t").map((c) => c.trim()), span: line });
      current = undefined;
    } else if (line.indentedByTab) {
      if (!current) {
        current = { cells: [], span: { start: line.start, end: line.end } };
        rows.push(current);
      }
      current.cells.push(line.text);
      current.span.end = line.end;
    } else current = undefined;
  }
  const kept = rows.filter((r) => r.cells.some((c) => c.length > 0));
  return kept.length > 0 ? kept : rowsBySequence(lines);
}

const headerWord =
  /^(?:序\s*号|工\s*作\s*内\s*容|内容|任务|事项|措施|牵头单位|责任单位|配合单位|协同单位|参与单位|完成时限|备注)$/;

/**
 * mammoth's raw text gives every cell as its own paragraph, without tabs: the header is the
 * run of header words, and a row starts at the next sequence number (1, 2, 3…). A row with
 * fewer cells than the header (an empty 配合单位) is padded.
 */
function rowsBySequence(lines: Line[]): Row[] {
  const cells = lines.filter((l) => l.text.length > 0);
  const start = cells.findIndex((l) => headerWord.test(l.text));
  if (start < 0) return [];
  let width = 0;
  while (headerWord.test(cells[start + width]?.text ?? "")) width++;
  const header = cells.slice(start, start + width);
  const rows: Row[] = [
    {
      cells: header.map((l) => l.text),
      span: { start: (header[0] as Line).start, end: (header.at(-1) as Line).end },
    },
  ];
  let current: Row | undefined;
  let next = 1;
  for (const line of cells.slice(start + width)) {
    if (line.text === String(next)) {
      current = { cells: [line.text], span: { start: line.start, end: line.end } };
      rows.push(current);
      next++;
    } else if (current && current.cells.length < width) {
      current.cells.push(line.text);
      current.span.end = line.end;
    }
  }
  for (const r of rows) while (r.cells.length < width) r.cells.push("");
  return rows;
}

function names(cell: string): string[] {
  return cell
    .split(/[、，,；;]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}
