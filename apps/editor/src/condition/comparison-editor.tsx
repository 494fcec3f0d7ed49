import type { ConditionValue, FactCondition } from "@jiangce/rule-schema";
import { Select, Space } from "antd";
import type { NodeProps } from "./kinds.tsx";
import { initialValue, type Op, opsFor, widgetFor } from "./operators.ts";
import { groupedOptions, subjectsOf } from "./subjects.ts";
import { ValueInput } from "./value-input.tsx";

/** fact · operator · value, each picked: the operators fit the fact, the widget fits both. */
export function ComparisonEditor({ value, onChange, scope, recordsOf }: NodeProps) {
  const c = value as FactCondition;
  const subjects = subjectsOf(scope, recordsOf);
  const subject = subjects.find((s) => s.key === c.fact);
  const ops = subject ? opsFor(subject.type) : [];
  const widget = subject ? widgetFor(subject.type, c.op) : "text";

  const pickFact = (key: string) => {
    const next = subjects.find((s) => s.key === key);
    if (!next) return;
    if (next.type === "records") {
      onChange({ fact: key, op: "some", where: { all: [] } } as never);
      return;
    }
    const op = (
      ops.some((o) => o.value === c.op) && next.type === subject?.type
        ? c.op
        : opsFor(next.type)[0]?.value
    ) as Op;
    const fresh = initialValue(
      widgetFor(next.type, op),
      next.options.map((o) => o.value),
    );
    onChange(withValue({ fact: key, op: op as FactCondition["op"] }, fresh));
  };
  const pickOp = (op: Op) => {
    if (!subject) return;
    const keep = widgetFor(subject.type, op) === widget;
    const fresh = keep
      ? c.value
      : initialValue(
          widgetFor(subject.type, op),
          subject.options.map((o) => o.value),
        );
    onChange(withValue({ fact: c.fact, op: op as FactCondition["op"] }, fresh));
  };

  return (
    <Space wrap className="comparison">
      <Select
        aria-label={recordsOf ? "记录字段" : "事实"}
        className="fact-picker"
        style={{ minWidth: 220 }}
        showSearch={{ optionFilterProp: "label" }}
        value={subject ? c.fact : undefined}
        placeholder={recordsOf ? "选择字段" : "选择事实（可搜索）"}
        onChange={pickFact}
        options={groupedOptions(subjects)}
      />
      <Select
        aria-label="比较方式"
        style={{ minWidth: 110 }}
        value={c.op}
        onChange={pickOp}
        options={ops}
      />
      <ValueInput
        widget={widget}
        value={c.value}
        unit={subject?.unit}
        options={subject?.options ?? []}
        onChange={(v) => onChange(withValue({ fact: c.fact, op: c.op }, v))}
      />
    </Space>
  );
}

function withValue(c: Pick<FactCondition, "fact" | "op">, value: unknown): FactCondition {
  return value === undefined ? { ...c } : { ...c, value: value as ConditionValue };
}
