import type { ResolvedFact } from "@jiangce/rule-schema";

/**
 * Words registers use for catalogue values beyond the catalogue's own labels. Only
 * unambiguous ones: 一级 is 高级技师 in the 国家职业资格 grading; 一等奖 is not 金牌.
 */
const synonyms: Record<string, Record<string, string>> = {
  skillLevel: {
    国家职业资格一级: "senior-technician",
    一级: "senior-technician",
    二级: "technician",
    三级: "senior",
    四级: "intermediate",
    五级: "junior",
    初级: "junior",
    中级: "intermediate",
    高级: "senior",
    高级技工: "senior",
  },
  "competitions.medal": { 金奖: "gold", 银奖: "silver", 铜奖: "bronze", 优秀奖: "excellence" },
  "competitions.level": { 国际: "international", 全国: "national", 省部级: "province" },
  "competitions.event": { 世赛: "worldskills", 国赛: "national-skills-competition" },
};

/** Cell text as compared with labels: no spaces, full-width letters and digits made half-width. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .toLowerCase();
}

/**
 * Raw text → catalogue value for one fact or record field; text staff mapped to 无/不适用
 * (an empty value in the mapping: 无, 暂无, —) → null, the cell read as empty; unknown text →
 * undefined (listed with its rows).
 */
export type ValueLookup = (raw: string) => string | null | undefined;

/** In a mapping's `values`, the value of a raw text that means "none" (无/不适用). */
export const NO_VALUE = "";

export function valueLookup(
  key: string,
  options: readonly { value: string; label: string }[],
  custom: Readonly<Record<string, string>> = {},
): ValueLookup {
  const table = new Map<string, string | null>();
  const add = (text: string, value: string | null) => {
    const k = normalizeLabel(text);
    if (k !== "" && !table.has(k)) table.set(k, value);
  };
  const allowed = new Set(options.map((o) => o.value));
  for (const [raw, value] of Object.entries(custom))
    if (value === NO_VALUE) add(raw, null);
    else if (allowed.has(value)) add(raw, value);
  for (const o of options) {
    add(o.value, o.value);
    add(o.label, o.value);
    const short = o.label.replace(/[（(].*$/, "");
    if (short !== o.label) add(short, o.value);
  }
  for (const [raw, value] of Object.entries(synonyms[key] ?? {}))
    if (allowed.has(value)) add(raw, value);
  return memoize((raw) => table.get(table.has(raw) ? raw : normalizeLabel(raw)));
}

/**
 * Registers repeat a handful of values a million times: remember the answer per raw text.
 * Bounded, so a file of all-distinct cells cannot grow it without limit.
 */
export function memoize<T>(fn: (raw: string) => T, size = 4_096): (raw: string) => T {
  const memo = new Map<string, T>();
  return (raw) => {
    const hit = memo.get(raw);
    if (hit !== undefined || memo.has(raw)) return hit as T;
    const value = fn(raw);
    if (memo.size < size) memo.set(raw, value);
    return value;
  };
}

/** The value options of a fact, or of one field of a records fact. */
export function optionsOf(
  fact: ResolvedFact,
  field?: string,
): readonly { value: string; label: string }[] {
  if (field !== undefined) return fact.fields.get(field)?.values ?? [];
  return fact.values.map((value) => ({ value, label: fact.valueLabels.get(value) ?? value }));
}
