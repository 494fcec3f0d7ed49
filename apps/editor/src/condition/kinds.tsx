// The kinds of condition the builder can add. Each kind says how to recognise a condition, how
// to start a fresh one and which editor edits it; a new engine condition (e.g. time-relative)
// plugs in with registerConditionKind and appears in every builder's 添加 menu.
import type { Condition } from "@jiangce/rule-schema";
import { isAll, isAny, isNot, isRecordCondition } from "@jiangce/rule-schema";
import type { ComponentType, ReactNode } from "react";
import { defaultOp, initialValue, widgetFor } from "./operators.ts";
import { type Scope, subjectsOf } from "./subjects.ts";

export interface NodeProps {
  value: Condition;
  onChange: (next: Condition) => void;
  scope: Scope;
  recordsOf?: string | undefined;
  /** renders a nested condition (groups, not, records' where) */
  renderNode: (props: Omit<NodeProps, "renderNode">) => ReactNode;
}

export interface ConditionKind {
  id: string;
  /** in the 添加 menu */
  label: string;
  matches: (c: Condition) => boolean;
  create: (scope: Scope, recordsOf: string | undefined) => Condition;
  /** false: not offered inside a records condition's `where` */
  insideRecords?: boolean;
  Editor: ComponentType<NodeProps>;
}

const kinds: ConditionKind[] = [];

export function registerConditionKind(kind: ConditionKind): void {
  const existing = kinds.findIndex((k) => k.id === kind.id);
  if (existing >= 0) kinds.splice(existing, 1, kind);
  else kinds.push(kind);
}

export function conditionKinds(recordsOf: string | undefined): readonly ConditionKind[] {
  return kinds.filter((k) => recordsOf === undefined || k.insideRecords !== false);
}

/** The registered kind of a condition; comparisons are the fallback. */
export function kindOf(c: Condition): ConditionKind | undefined {
  return kinds.find((k) => k.matches(c));
}

/** A comparison on the first fact (or record field) that is not a records fact. */
export function freshComparison(scope: Scope, recordsOf: string | undefined): Condition {
  const subject = subjectsOf(scope, recordsOf).find((s) => s.type !== "records");
  if (!subject) return { all: [] };
  const op = defaultOp(subject.type);
  const value = initialValue(
    widgetFor(subject.type, op),
    subject.options.map((o) => o.value),
  ) as Condition extends { value?: infer V } ? V : never;
  return value === undefined
    ? { fact: subject.key, op: op as "eq" }
    : { fact: subject.key, op: op as "eq", value };
}

export function freshRecords(scope: Scope): Condition {
  const records = [...scope.values()].find((f) => f.type === "records");
  const fact = records?.key ?? "competitions";
  return { fact, op: "some", where: { all: [freshComparison(scope, fact)] } };
}

export const matchers = {
  all: isAll,
  any: isAny,
  not: isNot,
  records: isRecordCondition,
  comparison: (c: Condition) => !isAll(c) && !isAny(c) && !isNot(c) && !isRecordCondition(c),
};
