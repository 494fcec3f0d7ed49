import { type TestCase, type TestCaseExpectation, testCaseSchema } from "../schema/test-case.ts";
import { splitCsv } from "./split-csv.ts";

/*
 * Test cases in and out of the program: JSON (the schema's own shape) and CSV with Chinese
 * headers, one case per row, for drafters who keep their cases in a spreadsheet. In the CSV the
 * expected result reads `benefit/tier=金额` joined by "；" (金额 in 元, exact to the fen, or
 * 按规定), or 无 when the program should pay nothing; the facts are a JSON object.
 */

export const testCaseCsvHeaders = [
  "编号",
  "名称",
  "计算日期",
  "对象类型",
  "行政区划代码",
  "姓名",
  "申请人情况",
  "预期待遇",
  "备注",
] as const;

export interface TestCaseImport {
  cases: TestCase[];
  /** rows (CSV, 1-based line of the record) or items (JSON, 0-based) that were not imported */
  issues: { at: number; message: string }[];
}

export function exportTestCasesJson(programId: string, cases: readonly TestCase[]): string {
  return `${JSON.stringify({ programId, testCases: cases }, null, 2)}\n`;
}

/** Accepts `{ testCases: [...] }` (what export writes) or a bare array. */
export function importTestCasesJson(text: string): TestCaseImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { cases: [], issues: [{ at: 0, message: "不是有效的 JSON 文件" }] };
  }
  const list = Array.isArray(value) ? value : (value as { testCases?: unknown })?.testCases;
  if (!Array.isArray(list))
    return {
      cases: [],
      issues: [{ at: 0, message: "应为测试用例数组，或含 testCases 数组的对象" }],
    };
  const result: TestCaseImport = { cases: [], issues: [] };
  list.forEach((item, at) => {
    collect(result, at, item);
  });
  return result;
}

function collect(into: TestCaseImport, at: number, item: unknown): void {
  const parsed = testCaseSchema.safeParse(item);
  if (parsed.success) into.cases.push(parsed.data);
  else {
    const first = parsed.error.issues[0];
    into.issues.push({
      at,
      message: `${first?.path.join(".") ?? ""} ${first?.message ?? ""}`.trim(),
    });
  }
}

/** 100000元, 0.5元 → fen, exactly (no floating point). */
function yuanToFen(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?元?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

function fenToYuan(fen: number): string {
  const cents = fen % 100;
  return `${Math.floor(fen / 100)}${cents === 0 ? "" : `.${String(cents).padStart(2, "0")}`}元`;
}

function formatExpected(expected: readonly TestCaseExpectation[]): string {
  if (expected.length === 0) return "无";
  return expected
    .map((e) => {
      const amount = e.amountFen === "unspecified" ? "按规定" : fenToYuan(e.amountFen);
      return `${e.benefit}${e.tier ? `/${e.tier}` : ""}=${amount}`;
    })
    .join("；");
}

function parseExpected(text: string): TestCaseExpectation[] | string {
  const t = text.trim();
  if (t === "无" || t === "") return [];
  const out: TestCaseExpectation[] = [];
  for (const part of t
    .split(/[；;]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z0-9-]+)(?:\/([a-z0-9-]+))?\s*[=＝]\s*(.+)$/.exec(part);
    if (!m) return `预期待遇“${part}”应写作 待遇编号/档次=金额，如 craftsman-award/grand=100000元`;
    const amountFen = m[3] === "按规定" ? "unspecified" : yuanToFen(m[3]!);
    if (amountFen === null) return `金额“${m[3]}”应为元（最多两位小数）或“按规定”`;
    out.push({ benefit: m[1]!, ...(m[2] ? { tier: m[2] } : {}), amountFen });
  }
  return out;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV with a BOM, so Excel and WPS open the Chinese headers as UTF-8. */
export function exportTestCasesCsv(cases: readonly TestCase[]): string {
  const rows = cases.map((c) =>
    [
      c.id,
      c.name,
      c.asOf,
      c.profile.kind,
      c.profile.regionCode,
      c.profile.name ?? "",
      JSON.stringify(c.profile.facts),
      formatExpected(c.expected),
      c.note ?? "",
    ]
      .map(csvCell)
      .join(","),
  );
  return `\uFEFF${[testCaseCsvHeaders.join(","), ...rows].join("\r\n")}\r\n`;
}

/** Records of CSV text (quoted fields may span lines), with the line each starts on. */
function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let pending: string | null = null;
  let start = 0;
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((physical, i) => {
      const joined: string = pending === null ? physical : `${pending}\n${physical}`;
      if (pending === null) start = i + 1;
      const fields = splitCsv(joined);
      if (fields === null) pending = joined;
      else {
        pending = null;
        if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
      }
    });
  if (pending !== null) records.push({ line: start, fields: splitCsv(`${pending}"`) ?? [] });
  return records;
}

export function importTestCasesCsv(text: string): TestCaseImport {
  const [header, ...rows] = csvRecords(text);
  const result: TestCaseImport = { cases: [], issues: [] };
  const col = new Map((header?.fields ?? []).map((h, i) => [h.trim(), i]));
  const missing = testCaseCsvHeaders.filter((h) => h !== "备注" && h !== "姓名" && !col.has(h));
  if (!header || missing.length > 0) {
    result.issues.push({ at: 1, message: `缺少列：${missing.join("、") || "表头"}` });
    return result;
  }
  for (const { line, fields } of rows) {
    const cell = (h: (typeof testCaseCsvHeaders)[number]) => fields[col.get(h) ?? -1]?.trim() ?? "";
    const expected = parseExpected(cell("预期待遇"));
    if (typeof expected === "string") {
      result.issues.push({ at: line, message: expected });
      continue;
    }
    let facts: unknown;
    try {
      facts = JSON.parse(cell("申请人情况") || "{}");
    } catch {
      result.issues.push({
        at: line,
        message: '申请人情况应为 JSON 对象，如 {"skillLevel":"technician"}',
      });
      continue;
    }
    const before = result.issues.length;
    collect(result, line, {
      id: cell("编号"),
      name: cell("名称"),
      asOf: cell("计算日期"),
      profile: {
        id: cell("编号"),
        kind: cell("对象类型"),
        regionCode: cell("行政区划代码"),
        ...(cell("姓名") ? { name: cell("姓名") } : {}),
        facts,
      },
      expected,
      ...(cell("备注") ? { note: cell("备注") } : {}),
    });
    if (result.issues.length > before)
      result.issues[before]!.message = `第${line}行：${result.issues[before]!.message}`;
  }
  return result;
}
