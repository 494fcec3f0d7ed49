// The comparison row's state, as pure functions the editor calls and tests drive: pick a fact,
// an operator, what to compare with (a fixed value, the years since a date, or another value:
// a fact, a field of the same record, the highest value over records, the program's effective
// date) and the value. Every step returns a condition that is well-formed at once.
import type { ConditionValue, FactCondition, Measure, ValueRef } from "@jiangce/rule-schema";
import { initialValue, type Op, opsFor, type ValueWidget, widgetFor } from "./operators.ts";
import type { Scope, Subject } from "./subjects.ts";

/** What the right-hand side of `fact op …` is. */
export type CompareMode = "value" | Measure | "ref";

export function modeOf(c: FactCondition): CompareMode {
  if (c.measure !== undefined) return c.measure;
  if (c.ref !== undefined) return "ref";
  return "value";
}

/** A date, or a year held as a number (赛事年份, 申领年度): the engine measures years since both. */
function isDateLike(s: Subject): boolean {
  return (
    s.type === "date" ||
    (s.type === "number" && (/^year$|Year$/.test(s.key) || /年份|年度/.test(s.label)))
  );
}

const REF_TYPES = new Set(["number", "money", "date", "ordered", "enum", "string"]);

/** The modes the row offers for this subject; `ref` only when something can be compared with. */
export function modesFor(
  subject: Subject,
  targets: readonly RefTarget[],
): Array<{ value: CompareMode; label: string }> {
  const modes: Array<{ value: CompareMode; label: string }> = [{ value: "value", label: "固定值" }];
  if (isDateLike(subject))
    modes.push(
      { value: "yearsSince", label: "按距计算日的年数比较（整年）" },
      { value: "calendarYearsSince", label: "按距计算日的年数比较（自然年）" },
    );
  if (REF_TYPES.has(subject.type) && targets.length > 0)
    modes.push({ value: "ref", label: "与另一项比较" });
  return modes;
}

const ORDER_OPS: readonly Op[] = ["gt", "gte", "lt", "lte", "eq", "ne"];
const MEASURE_OPS: readonly Op[] = ["lt", "lte", "gt", "gte", "eq", "between"];
const ordered = new Set(["number", "money", "date", "ordered"]);

/** Operators for a mode: years are numbers; a ref of unordered types is only 等于/不等于. */
export function opsForMode(
  subject: Subject,
  mode: CompareMode,
): Array<{ value: Op; label: string }> {
  if (mode === "value") return opsFor(subject.type);
  const all = opsFor("number");
  if (mode !== "ref") return MEASURE_OPS.map((op) => all.find((o) => o.value === op)!);
  const ops = ordered.has(subject.type) ? ORDER_OPS : (["eq", "ne"] as const);
  return ops.map((op) => all.find((o) => o.value === op)!);
}

/** The value widget: a number of years when measuring, none when comparing with a ref. */
export function widgetForMode(subject: Subject, mode: CompareMode, op: Op): ValueWidget {
  if (mode === "ref") return "none";
  if (mode === "value") return widgetFor(subject.type, op);
  return op === "between" ? "number-range" : "number";
}

/**
 * Mirrors the engine's check (check-relative.ts): numbers with money, a date with a date, and an
 * ordered ladder with a string/enum ranked on it (本次等级 vs 申领记录的等级).
 */
function comparable(a: string, b: string): boolean {
  if (a === b) return true;
  const numeric = (t: string) => t === "number" || t === "money";
  if (numeric(a) && numeric(b)) return true;
  const ladder = (t: string) => t === "ordered" || t === "string" || t === "enum";
  return (a === "ordered" || b === "ordered") && ladder(a) && ladder(b);
}

export interface RefTarget {
  /** stable key for a picker: the ref as JSON */
  key: string;
  label: string;
  group: string;
  ref: ValueRef;
}

/** The ref as a picker key, whatever order its properties were written in. */
export function refKey(ref: ValueRef): string {
  return JSON.stringify(ref, Object.keys(ref).sort());
}

const target = (ref: ValueRef, label: string, group: string): RefTarget => ({
  key: refKey(ref),
  label,
  group,
  ref,
});

/** What `subject` may be compared with, where it stands (a fact, or a field of `recordsOf`). */
export function refTargets(scope: Scope, subject: Subject, recordsOf?: string): RefTarget[] {
  if (!REF_TYPES.has(subject.type)) return [];
  const out: RefTarget[] = [];
  if (recordsOf !== undefined)
    for (const f of scope.get(recordsOf)?.fields.values() ?? [])
      if (f.key !== subject.key && comparable(subject.type, f.type))
        out.push(target({ field: f.key }, `本记录的${f.label}`, "同一记录的另一字段"));
  for (const f of scope.values()) {
    if (f.type === "records") {
      for (const field of f.fields.values())
        if (comparable(subject.type, field.type))
          out.push(
            target(
              { max: f.key, field: field.key },
              `${f.label}中${field.label}的最高值`,
              "记录中的最高值",
            ),
          );
    } else if (
      (recordsOf !== undefined || f.key !== subject.key) &&
      comparable(subject.type, f.type)
    )
      out.push(target({ fact: f.key }, f.label, "另一事实"));
  }
  if (subject.type === "date")
    out.push(target({ date: "programEffective" }, "本方案生效日", "日期"));
  return out;
}

/** Picker options for the targets, grouped. */
export function groupedTargets(targets: readonly RefTarget[]) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const t of targets)
    groups.set(t.group, [...(groups.get(t.group) ?? []), { value: t.key, label: t.label }]);
  return [...groups].map(([label, options]) => ({ label, title: label, options }));
}

function withValue(c: FactCondition, value: unknown): FactCondition {
  const { value: _old, ...rest } = c;
  return value === undefined ? rest : { ...rest, value: value as ConditionValue };
}

/** A fresh comparison on another subject: its first operator, a fixed value. */
export function pickSubject(c: FactCondition, subjects: readonly Subject[], key: string) {
  const next = subjects.find((s) => s.key === key);
  if (!next) return c;
  if (next.type === "records")
    return { fact: key, op: "some", where: { all: [] } } as unknown as FactCondition;
  const previous = subjects.find((s) => s.key === c.fact);
  const keep = previous?.type === next.type && opsFor(next.type).some((o) => o.value === c.op);
  const op = (keep ? c.op : opsFor(next.type)[0]?.value) as Op;
  const fresh = initialValue(
    widgetFor(next.type, op),
    next.options.map((o) => o.value),
  );
  return withValue({ fact: key, op: op as FactCondition["op"] }, fresh);
}

/** Another operator; the value stays when its widget does, the measure or ref always stays. */
export function pickOp(c: FactCondition, subject: Subject, op: Op): FactCondition {
  const mode = modeOf(c);
  const before = widgetForMode(subject, mode, c.op);
  const after = widgetForMode(subject, mode, op);
  const next = { ...c, op: op as FactCondition["op"] };
  if (before === after) return next;
  const fresh =
    mode === "value"
      ? initialValue(
          after,
          subject.options.map((o) => o.value),
        )
      : yearsValue(after);
  return withValue(next, fresh);
}

const yearsValue = (widget: ValueWidget) => (widget === "number-range" ? [0, 5] : 5);

/** Switches what the comparison is made with, keeping the fact. */
export function pickMode(
  c: FactCondition,
  subject: Subject,
  mode: CompareMode,
  targets: readonly RefTarget[],
): FactCondition {
  const base = { fact: c.fact };
  if (mode === "value") {
    const op = opsFor(subject.type)[0]?.value as Op;
    const fresh = initialValue(
      widgetFor(subject.type, op),
      subject.options.map((o) => o.value),
    );
    return withValue({ ...base, op: op as FactCondition["op"] }, fresh);
  }
  const ops = opsForMode(subject, mode).map((o) => o.value);
  const op = (ops.includes(c.op) ? c.op : ops[0]) as FactCondition["op"];
  if (mode === "ref") {
    const first = targets[0];
    return first ? { ...base, op, ref: first.ref } : { ...base, op };
  }
  const value = yearsValue(widgetForMode(subject, mode, op));
  return { ...base, op, measure: mode, value };
}

export function pickRef(
  c: FactCondition,
  targets: readonly RefTarget[],
  key: string,
): FactCondition {
  const chosen = targets.find((t) => t.key === key);
  return chosen ? { ...withValue(c, undefined), ref: chosen.ref } : c;
}

export function pickValue(c: FactCondition, value: ConditionValue | undefined): FactCondition {
  return withValue(c, value);
}
