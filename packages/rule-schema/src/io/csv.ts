import type { RosterOutcome } from "../engine/evaluate-many.ts";
import type { EvaluationResult } from "../engine/types.ts";
import { factsInScope, type ResolvedFact } from "../schema/facts-in-scope.ts";
import { readLines, type TextSource } from "./lines.ts";
import { checkProfile, type ProfileCheck, type RosterItem } from "./roster.ts";

/**
 * CSV rosters (RFC 4180: quoted fields may hold commas, quotes and newlines).
 * Header: id, kind, regionCode, [name], then one column per fact. Cells are typed by the
 * fact catalogue: boolean (true/false/是/否/1/0), number and money (fen), set (values joined
 * by "|"), records (a JSON array), other types as text. Empty cells leave the fact unset.
 */

/** Split CSV text into records of fields, joining physical lines inside quotes. */
export async function* readCsvRecords(
  source: TextSource | AsyncIterable<string>,
): AsyncGenerator<{ line: number; fields: string[] }> {
  let line = 0;
  let pending: string | null = null;
  let startLine = 0;
  for await (const text of readLines(source as TextSource)) {
    line++;
    const joined: string = pending === null ? text : `${pending}\n${text}`;
    if (pending === null) startLine = line;
    const fields = splitCsv(joined);
    if (fields === null) {
      pending = joined;
      continue;
    }
    pending = null;
    if (fields.length === 1 && fields[0] === "") continue;
    yield { line: startLine, fields };
  }
  if (pending !== null) yield { line: startLine, fields: splitCsv(`${pending}"`) ?? [pending] };
}

/** Fields of one CSV record, or null when a quoted field is still open. */
export function splitCsv(text: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (i < n && text.charCodeAt(i) === 34) {
      let value = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return null;
        value += text.slice(i, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      if (i >= n) return fields;
      i = text.indexOf(",", i) + 1;
      if (i === 0) return fields;
    } else {
      const c = text.indexOf(",", i);
      if (c === -1) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, c));
      i = c + 1;
    }
  }
}

const trueWords = new Set(["true", "是", "1", "yes", "y", "TRUE", "True"]);
const falseWords = new Set(["false", "否", "0", "no", "n", "FALSE", "False"]);

type CellParser = (cell: string) => { value: unknown } | { error: string };

function cellParser(fact: ResolvedFact | undefined): CellParser {
  switch (fact?.type) {
    case "boolean":
      return (c) =>
        trueWords.has(c)
          ? { value: true }
          : falseWords.has(c)
            ? { value: false }
            : { error: "应为 是/否（true/false）" };
    case "number":
    case "money":
      return (c) => {
        const v = Number(c);
        if (!Number.isFinite(v)) return { error: "应为数字" };
        if (fact.type === "money" && !Number.isSafeInteger(v))
          return { error: "金额以分为单位，应为整数" };
        return { value: v };
      };
    case "set":
      return (c) => ({
        value: c
          .split("|")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      });
    case "records":
      return (c) => {
        try {
          const v = JSON.parse(c);
          return Array.isArray(v) ? { value: v } : { error: "应为 JSON 数组" };
        } catch {
          return { error: '应为 JSON 数组，如 [{"event":"worldskills","medal":"gold"}]' };
        }
      };
    default:
      return (c) => ({ value: c });
  }
}

const envelope = new Set(["id", "kind", "regionCode", "name"]);

/**
 * Parse a CSV roster into profiles. `facts` types the cells (defaults to the national
 * catalogue; pass `compiled.scope` to include program facts). Never throws on bad rows.
 */
export async function* parseCsvProfiles(
  source: TextSource | AsyncIterable<string>,
  options: { facts?: ReadonlyMap<string, ResolvedFact>; check?: ProfileCheck } = {},
): AsyncGenerator<RosterItem> {
  const scope = options.facts ?? factsInScope([]);
  const mode = options.check ?? "fast";
  let header: string[] | null = null;
  let parsers: CellParser[] = [];
  for await (const { line, fields } of readCsvRecords(source)) {
    if (header === null) {
      header = fields.map((h) => h.trim().replace(/^\uFEFF/, ""));
      parsers = header.map((h) => cellParser(envelope.has(h) ? undefined : scope.get(h)));
      const missing = ["id", "kind", "regionCode"].filter((k) => !header!.includes(k));
      if (missing.length > 0) {
        yield {
          ok: false,
          line,
          issues: [
            {
              path: missing.join(","),
              message: `表头缺少列：${missing.join("、")}`,
              code: "csv_header",
            },
          ],
        };
        return;
      }
      continue;
    }
    const profile: Record<string, unknown> = {};
    const facts: Record<string, unknown> = {};
    const issues: RosterItem & { ok: false } = { ok: false, line, issues: [] };
    for (let i = 0; i < header.length; i++) {
      const key = header[i]!;
      const cell = (fields[i] ?? "").trim();
      if (cell === "") continue;
      if (envelope.has(key)) {
        profile[key] = cell;
        continue;
      }
      const parsed = parsers[i]!(cell);
      if ("error" in parsed)
        issues.issues.push({
          path: `facts.${key}`,
          message: `列 ${key}：${parsed.error}`,
          code: "csv_cell",
        });
      else facts[key] = parsed.value;
    }
    if (issues.issues.length > 0) {
      yield issues;
      continue;
    }
    profile.facts = facts;
    yield checkProfile(profile, line, mode);
  }
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvColumns = [
  "profileId",
  "programId",
  "citation",
  "benefitId",
  "matter",
  "label",
  "tierId",
  "amountFen",
  "upTo",
  "capped",
  "period",
  "payer",
  "validFrom",
  "validUntil",
  "error",
] as const;

/**
 * Serialize results as CSV lines ("\n"-terminated): a header, then one row per entitlement;
 * a profile with none gets one row with empty benefit columns, a bad roster line one row
 * with `error`.
 */
export async function* toCsv(
  results:
    | AsyncIterable<EvaluationResult | RosterOutcome>
    | Iterable<EvaluationResult | RosterOutcome>,
): AsyncGenerator<string> {
  yield `${csvColumns.join(",")}\n`;
  for await (const item of results) {
    let result: EvaluationResult;
    if ("ok" in item) {
      if (!item.ok) {
        const msg = item.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
        yield `${[`line ${item.line}`, "", "", "", "", "", "", "", "", "", "", "", "", "", msg].map(csvCell).join(",")}\n`;
        continue;
      }
      result = item.result;
    } else result = item;
    if (result.entitlements.length === 0) {
      yield `${csvCell(result.profileId)}${",".repeat(csvColumns.length - 1)}\n`;
      continue;
    }
    let out = "";
    for (const e of result.entitlements)
      out += `${[
        result.profileId,
        e.ref.programId,
        e.ref.citation,
        e.ref.benefitId,
        e.ref.matter,
        e.ref.label,
        e.tier?.id ?? "",
        e.amount,
        e.upTo,
        e.capped,
        e.ref.period,
        e.ref.payer,
        e.ref.validFrom ?? "",
        e.ref.validUntil ?? "",
        "",
      ]
        .map(csvCell)
        .join(",")}\n`;
    yield out;
  }
}
