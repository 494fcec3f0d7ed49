import { type Profile, type ResolvedFact, recipientKinds } from "@jiangce/rule-schema";
import type { RawRecord } from "../read/csv-records.ts";
import {
  type CellRead,
  identityNumberProblem,
  readBoolean,
  readDate,
  readFen,
  readNumber,
  readYuan,
} from "./cells.ts";
import type { RosterMapping } from "./mapping.ts";
import { memoize, optionsOf, type ValueLookup, valueLookup } from "./values.ts";

/** A cell whose text maps to no catalogue value: listed with its row, never dropped. */
export interface UnknownValue {
  column: string;
  /** fact key or `fact.field` */
  target: string;
  value: string;
}

export type MappedRow =
  | {
      ok: true;
      line: number;
      profile: Profile;
      name: string | null;
      identityNumber: string | null;
      attributes: Record<string, string>;
      unknown: UnknownValue[];
    }
  | { ok: false; line: number; reason: string };

export interface RowMapperOptions {
  header: readonly string[];
  mapping: RosterMapping;
  scope: ReadonlyMap<string, ResolvedFact>;
  /** region of rows without a 所在区 cell (the district running the roster) */
  regionCode?: string;
  /** district name (东西湖区) → code, for 所在区 cells holding names */
  regionByName?: (name: string) => string | undefined;
  maxCellChars: number;
}

type Reader = (text: string) => CellRead | { unknown: string[]; value?: unknown };

const listSeparators = /[|、,，;；/]+/;

/** The values of a list cell (荣誉: "湖北工匠、武汉工匠"), as a set fact reads them. */
export function listParts(text: string): string[] {
  const parts: string[] = [];
  for (const part of text.split(listSeparators)) if (part.trim() !== "") parts.push(part.trim());
  return parts;
}

function readerFor(
  fact: ResolvedFact,
  field: string | undefined,
  lookup: ValueLookup | null,
  money: "yuan" | "fen",
): Reader {
  const type = field === undefined ? fact.type : (fact.fields.get(field)?.type ?? "string");
  switch (type) {
    case "boolean":
      return readBoolean;
    case "number":
      return readNumber;
    case "money":
      return money === "fen" ? readFen : readYuan;
    case "date":
      return readDate;
    case "enum":
    case "ordered":
      return (t) => {
        const v = lookup!(t);
        if (v === null) return { unknown: [] }; // 无/不适用: no value, nothing unknown
        return v === undefined ? { unknown: [t] } : { value: v };
      };
    case "set":
      // a row's list is shared by every row with the same cell: profiles are read-only
      return memoize((t) => {
        const value: string[] = [];
        const unknown: string[] = [];
        for (const part of listParts(t)) {
          const v = lookup!(part);
          if (v === undefined) unknown.push(part);
          else if (v !== null && !value.includes(v)) value.push(v);
        }
        return unknown.length > 0 ? { unknown, value } : { value };
      });
    case "records":
      return (t) => {
        try {
          const v: unknown = JSON.parse(t);
          return Array.isArray(v) ? { value: v } : { error: "应为 JSON 数组" };
        } catch {
          return { error: "应为 JSON 数组，或把竞赛各项分列映射到 record:competitions.<字段>" };
        }
      };
    default:
      return (t) => ({ value: t });
  }
}

const envelopeKinds = ["id", "name", "identityNumber", "regionCode", "attribute", "kind"] as const;
const kinds = new Set<string>(recipientKinds);
const FACT = envelopeKinds.length;

interface Column {
  index: number;
  header: string;
  target: string;
  /** index into envelopeKinds, or FACT */
  kind: number;
  fact?: string;
  field?: string;
  read?: Reader;
}

/**
 * Compile a mapping against a file's header into a function from a record to a profile (or
 * the reason the row cannot be evaluated). Unknown targets fail here, once, not per row.
 */
export function rowMapper(options: RowMapperOptions): (record: RawRecord) => MappedRow {
  const { header, mapping, scope, maxCellChars } = options;
  const columns: Column[] = [];
  header.forEach((h, index) => {
    const target = mapping.columns[h] ?? "ignore";
    if (target === "ignore") return;
    const envelope = (envelopeKinds as readonly string[]).indexOf(target);
    const column: Column = { index, header: h, target, kind: envelope === -1 ? FACT : envelope };
    const m = /^(fact|record):([\w-]+)(?:\.([\w-]+))?$/.exec(target);
    if (m !== null) {
      const fact = scope.get(m[2]!);
      if (fact === undefined) throw new Error(`列「${h}」映射到未知事实 ${m[2]}`);
      if (m[1] === "record" && (fact.type !== "records" || !fact.fields.has(m[3]!)))
        throw new Error(`列「${h}」映射到未知记录字段 ${m[2]}.${m[3]}`);
      const key = m[3] === undefined ? fact.key : `${fact.key}.${m[3]}`;
      const options = optionsOf(fact, m[3]);
      const lookup = options.length > 0 ? valueLookup(key, options, mapping.values[key]) : null;
      Object.assign(column, {
        fact: fact.key,
        field: m[3],
        read: readerFor(fact, m[3], lookup, mapping.money),
      });
    }
    columns.push(column);
  });
  const width = header.length;

  return (record) => {
    const { line, fields } = record;
    if (
      fields.length !== width &&
      !(fields.length > width && fields.slice(width).every((f) => f === ""))
    )
      return { ok: false, line, reason: `本行有 ${fields.length} 列，表头有 ${width} 列` };
    let id: string | null = null;
    let name: string | null = null;
    let identityNumber: string | null = null;
    let regionCode = options.regionCode ?? null;
    let kind = mapping.kind;
    const facts: Record<string, unknown> = {};
    const attributes: Record<string, string> = {};
    const unknown: UnknownValue[] = [];
    let records: Record<string, Record<string, unknown>> | null = null;
    for (const c of columns) {
      const cell = fields[c.index]!;
      if (cell === "") continue;
      const text = cell.trim();
      if (text === "") continue;
      if (text.length > maxCellChars)
        return { ok: false, line, reason: `列「${c.header}」超过 ${maxCellChars} 字上限` };
      switch (c.kind) {
        case 0:
          id = text;
          continue;
        case 1:
          name = text;
          continue;
        case 2: {
          const problem = identityNumberProblem(text);
          if (problem !== null) return { ok: false, line, reason: `列「${c.header}」：${problem}` };
          identityNumber = text.toUpperCase();
          continue;
        }
        case 3: {
          const code = /^\d{6}$/.test(text) ? text : options.regionByName?.(text);
          if (code === undefined)
            return { ok: false, line, reason: `列「${c.header}」：无法识别的行政区「${text}」` };
          regionCode = code;
          continue;
        }
        case 4:
          attributes[c.header] = text;
          continue;
        case 5:
          if (!kinds.has(text))
            return {
              ok: false,
              line,
              reason: `列「${c.header}」：对象类型应为 ${recipientKinds.join(" / ")}`,
            };
          kind = text as Profile["kind"];
          continue;
      }
      const read = c.read!(text);
      if ("error" in read)
        return { ok: false, line, reason: `列「${c.header}」：${read.error}，收到「${text}」` };
      if ("unknown" in read) {
        const target = c.field === undefined ? c.fact! : `${c.fact}.${c.field}`;
        for (const value of read.unknown) unknown.push({ column: c.header, target, value });
        if (read.value === undefined || (Array.isArray(read.value) && read.value.length === 0))
          continue;
      }
      if (c.field !== undefined) {
        records ??= {};
        records[c.fact!] ??= {};
        records[c.fact!]![c.field] = read.value;
      } else facts[c.fact!] = read.value;
    }
    // a row's record columns (竞赛名称, 级别, 奖项) make one record of that fact
    if (records !== null)
      for (const [key, record] of Object.entries(records)) {
        const prior = facts[key];
        facts[key] = Array.isArray(prior) ? [...prior, record] : [record];
      }
    if (regionCode === null)
      return { ok: false, line, reason: "缺少所在区：请映射「所在区」列或指定运行的行政区" };
    const profile: Profile = { id: id ?? `行${line}`, kind, regionCode, facts };
    if (name !== null) profile.name = name;
    return { ok: true, line, profile, name, identityNumber, attributes, unknown };
  };
}
