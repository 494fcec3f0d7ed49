import type { FactCondition } from "@jiangce/rule-schema";
import { Select, Space } from "antd";
import { useContext } from "react";
import {
  groupedTargets,
  modeOf,
  modesFor,
  opsForMode,
  pickMode,
  pickOp,
  pickRef,
  pickSubject,
  pickValue,
  refKey,
  refTargets,
  widgetForMode,
} from "./comparison-state.ts";
import { FactSourcesContext } from "./fact-sources.ts";
import type { NodeProps } from "./kinds.tsx";
import type { Op } from "./operators.ts";
import { groupedOptions, subjectsOf } from "./subjects.ts";
import { ValueInput } from "./value-input.tsx";

/**
 * fact · operator · (compared with) · value, each picked: the operators fit the fact, the widget
 * fits both. A date can be compared as years since it (年龄35周岁以下, 近5年内); a scalar with
 * another fact, field, records' highest value or the program's effective date.
 */
export function ComparisonEditor({ value, onChange, scope, recordsOf }: NodeProps) {
  const c = value as FactCondition;
  const subjects = subjectsOf(scope, recordsOf, [], useContext(FactSourcesContext));
  const subject = subjects.find((s) => s.key === c.fact);
  const targets = subject ? refTargets(scope, subject, recordsOf) : [];
  const mode = modeOf(c);
  const modes = subject ? modesFor(subject, targets) : [];
  const ops = subject ? opsForMode(subject, mode) : [];
  const widget = subject ? widgetForMode(subject, mode, c.op) : "text";
  const measuring = mode === "yearsSince" || mode === "calendarYearsSince";

  return (
    <Space wrap className="comparison">
      <Select
        aria-label={recordsOf ? "记录字段" : "事实"}
        className="fact-picker"
        style={{ minWidth: 220 }}
        showSearch={{ optionFilterProp: "label" }}
        value={subject ? c.fact : undefined}
        placeholder={recordsOf ? "选择字段" : "选择事实（可搜索）"}
        onChange={(key: string) => onChange(pickSubject(c, subjects, key))}
        options={groupedOptions(subjects)}
      />
      {modes.length > 1 && subject && (
        <Select
          aria-label="比较对象"
          style={{ minWidth: 150 }}
          value={mode}
          onChange={(m) => onChange(pickMode(c, subject, m, targets))}
          options={modes}
        />
      )}
      <Select
        aria-label="比较方式"
        style={{ minWidth: 110 }}
        value={c.op}
        onChange={(op: Op) => subject && onChange(pickOp(c, subject, op))}
        options={ops}
      />
      {mode === "ref" ? (
        <Select
          aria-label="比较的另一项"
          style={{ minWidth: 220 }}
          showSearch={{ optionFilterProp: "label" }}
          value={c.ref ? refKey(c.ref) : undefined}
          placeholder="选择另一项"
          onChange={(key: string) => onChange(pickRef(c, targets, key))}
          options={groupedTargets(targets)}
        />
      ) : (
        <ValueInput
          widget={widget}
          value={c.value}
          unit={measuring ? "年" : subject?.unit}
          options={subject?.options ?? []}
          onChange={(v) => onChange(pickValue(c, v))}
        />
      )}
    </Space>
  );
}
