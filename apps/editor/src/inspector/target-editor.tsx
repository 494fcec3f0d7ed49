import { formatTarget, type Target } from "@jiangce/rule-schema";
import { Space } from "antd";
import type { Path } from "../workspace/draft-model.ts";
import { ChoiceInput, DateInput, LongText, NumberInput, TextInput, Toggle } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const FIELDS = [
  "id",
  "label",
  "value",
  "unit",
  "comparator",
  "byDate",
  "perYear",
  "quote",
  "note",
] as const;
export type TargetPaths = Record<(typeof FIELDS)[number], string>;

export const TARGET_PATHS = {
  program: declareHandled("targets[]", FIELDS),
  clause: declareHandled("clauses[].targets[]", FIELDS),
  clauseTask: declareHandled("clauses[].tasks[].targets[]", FIELDS),
  annexTask: declareHandled("annexes[].tasks[].targets[]", FIELDS),
};

const COMPARATORS: Record<Target["comparator"], string> = {
  "at-least": "达到（不少于）",
  about: "约",
  "at-most": "不超过",
  exactly: "恰为",
};

/** 目标: 到2027年技能人才达34万人; without a value it is a qualitative target. */
export function TargetEditor({
  at,
  paths,
  value,
  onChange,
}: {
  at: Path;
  paths: TargetPaths;
  value: Target;
  onChange: (target: Target) => void;
}) {
  const set = (key: keyof Target, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Target);
  };
  return (
    <div className="inspector-form target-editor">
      <Field label="指标名称" at={[...at, "label"]} schema={paths.label}>
        {(id) => <TextInput id={id} value={value.label} onChange={(x) => set("label", x ?? "")} />}
      </Field>
      <Space wrap>
        <Field label="比较" at={[...at, "comparator"]} schema={paths.comparator}>
          {(id) => (
            <ChoiceInput
              id={id}
              value={value.comparator}
              labels={COMPARATORS}
              onChange={(x) => set("comparator", x)}
            />
          )}
        </Field>
        <Field label="目标值（定性目标不填）" at={[...at, "value"]} schema={paths.value}>
          {(id) => <NumberInput id={id} value={value.value} onChange={(x) => set("value", x)} />}
        </Field>
        <Field label="单位" at={[...at, "unit"]} schema={paths.unit}>
          {(id) => (
            <TextInput
              id={id}
              value={value.unit}
              placeholder="人、人次、%"
              onChange={(x) => set("unit", x)}
            />
          )}
        </Field>
      </Space>
      <Space wrap>
        <Field label="完成时间" at={[...at, "byDate"]} schema={paths.byDate}>
          {(id) => <DateInput id={id} value={value.byDate} onChange={(x) => set("byDate", x)} />}
        </Field>
        <Field label="每年" at={[...at, "perYear"]} schema={paths.perYear}>
          {(id) => <Toggle id={id} value={value.perYear} onChange={(x) => set("perYear", x)} />}
        </Field>
        <Field label="标识" at={[...at, "id"]} schema={paths.id}>
          {(id) => <TextInput id={id} value={value.id} onChange={(x) => set("id", x ?? "")} />}
        </Field>
      </Space>
      <Field label="原文语句" at={[...at, "quote"]} schema={paths.quote}>
        {(id) => (
          <LongText id={id} rows={1} value={value.quote} onChange={(x) => set("quote", x)} />
        )}
      </Field>
      <Field label="备注" at={[...at, "note"]} schema={paths.note}>
        {(id) => <TextInput id={id} value={value.note} onChange={(x) => set("note", x)} />}
      </Field>
      <div className="muted">读作：{value.label ? formatTarget(value) : "（未填写）"}</div>
    </div>
  );
}
