import { isIsoDate } from "../engine/dates.ts";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import type { FactField } from "./fact.ts";
import type { ResolvedFact } from "./facts-in-scope.ts";

type Typed = Pick<ResolvedFact, "type" | "values"> | (FactField & { values?: unknown });

function valuesOf(f: Typed): string[] {
  const v = f.values as unknown;
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === "string" ? x : String((x as { value: string }).value)));
}

function checkValue(value: unknown, f: Typed, path: string, label: string, out: ValidationIssue[]) {
  const bad = (message: string) =>
    out.push({ path, message: `${label}：${message}`, code: "fact_type" });
  const allowed = valuesOf(f);
  switch (f.type) {
    case "boolean":
      if (typeof value !== "boolean") bad("应为 true 或 false");
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) bad("应为数字");
      return;
    case "money":
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        bad("应为以“分”为单位的非负整数");
      return;
    case "date":
      if (!isIsoDate(value)) bad("应为 YYYY-MM-DD 格式的日期");
      return;
    case "region":
      if (typeof value !== "string" || !/^\d{6}$/.test(value)) bad("应为6位行政区划代码");
      return;
    case "enum":
    case "ordered":
      if (typeof value !== "string" || (allowed.length > 0 && !allowed.includes(value)))
        bad(`应为以下之一：${allowed.join("、")}`);
      return;
    case "set":
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) bad("应为字符串数组");
      return;
    default:
      if (typeof value !== "string") bad("应为文本");
  }
}

/**
 * Check a profile's facts against the facts in scope of a compiled program set (national +
 * program-declared): types, ordered/enum values, record fields. Facts no program declares
 * are reported with code "unknown_fact" (they are ignored by the engine, often a typo).
 * Never throws.
 */
export function checkProfileFacts(
  scope: ReadonlyMap<string, ResolvedFact>,
  facts: Record<string, unknown>,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const [key, value] of Object.entries(facts ?? {})) {
    const path = `facts.${key}`;
    const fact = scope.get(key);
    if (fact === undefined) {
      out.push({
        path,
        message: `没有方案使用事实 ${key}（拼写错误？），计算时会被忽略`,
        code: "unknown_fact",
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (fact.type !== "records") {
      checkValue(value, fact, path, fact.label, out);
      continue;
    }
    if (!Array.isArray(value)) {
      out.push({ path, message: `${fact.label}：应为记录数组`, code: "fact_type" });
      continue;
    }
    value.forEach((record, i) => {
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        out.push({
          path: `${path}.${i}`,
          message: `${fact.label}：每条记录应为对象`,
          code: "fact_type",
        });
        return;
      }
      for (const [field, v] of Object.entries(record as Record<string, unknown>)) {
        const spec = fact.fields.get(field);
        if (spec === undefined) {
          out.push({
            path: `${path}.${i}.${field}`,
            message: `${fact.label}没有字段 ${field}；可用字段：${[...fact.fields.keys()].join("、")}`,
            code: "unknown_fact",
          });
          continue;
        }
        if (v !== null && v !== undefined)
          checkValue(v, spec, `${path}.${i}.${field}`, spec.label, out);
      }
    });
  }
  return out;
}
