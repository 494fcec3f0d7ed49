import { type Payer, type Period, payerLabels, periodLabels } from "@jiangce/rule-schema";
import type { RecordError } from "../read/csv-records.ts";
import type { RowResult } from "./results.ts";

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a leading tab or carriage
 * return some programs strip first) gets a leading apostrophe: shown as text, never run.
 * Registers come from outside, so a name like "=HYPERLINK(…)" must not become a link.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field, formula-escaped and quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  if (text === "") return text;
  const s = safeCell(text);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export interface ExportColumns {
  attributes: readonly string[];
  identity: boolean;
}

export function resultHeader(columns: ExportColumns): string[] {
  return [
    "行号",
    "档案编号",
    "姓名",
    ...(columns.identity ? ["身份证号"] : []),
    ...columns.attributes,
    "方案",
    "条款",
    "事项",
    "待遇",
    "档次",
    "金额（分）",
    "是否上限",
    "支付方",
    "周期",
    "有效期至",
    "未识别的值",
    "无法计算的原因",
  ];
}

/** The cells of a row's result: one line per entitlement, one line when it has none. */
export function resultCells(row: RowResult, columns: ExportColumns): string[][] {
  const lead = [
    String(row.line),
    row.profileId,
    row.name ?? "",
    ...(columns.identity ? [row.identityNumber ?? ""] : []),
    ...columns.attributes.map((a) => row.attributes[a] ?? ""),
  ];
  const unknown = row.unknown.map((u) => `${u.column}：${u.value}`).join("；");
  if (row.entitlements.length === 0)
    return [[...lead, "", "", "", "", "", "", "", "", "", "", unknown, ""]];
  return row.entitlements.map((e) => [
    ...lead,
    e.programId,
    e.citation,
    e.matter,
    e.label,
    e.tierLabel ?? "",
    e.amountFen === null ? "按规定" : String(e.amountFen),
    e.upTo ? "是" : "",
    payerLabels[e.payer as Payer] ?? e.payer,
    periodLabels[e.period as Period] ?? e.period,
    e.validUntil ?? "",
    unknown,
    "",
  ]);
}

export function errorCells(error: RecordError, columns: ExportColumns): string[] {
  const width = resultHeader(columns).length;
  const cells = Array<string>(width).fill("");
  cells[0] = String(error.line);
  cells[width - 1] = error.reason;
  return cells;
}

export const csvLine = (cells: readonly string[]) => `${cells.map(csvField).join(",")}\n`;
