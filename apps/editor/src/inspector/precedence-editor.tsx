import type { AcrossPrograms, PrecedenceSettings, WithinMatter } from "@jiangce/rule-schema";
import { Button, Select, Space, Switch } from "antd";
import { ChoiceInput, LongText, Toggle } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const P = declareHandled("precedence", [
  "withinMatter",
  "acrossPrograms",
  "higherLevelOverrides",
  "basis",
] as const);
const M = declareHandled("precedence.matters{}", [
  "withinMatter",
  "acrossPrograms",
  "higherLevelOverrides",
] as const);

export const WITHIN_LABELS: Record<WithinMatter, string> = {
  highest: "就高不重复（同一事项只发最高一项）",
  stack: "叠加（再给予）",
};
export const ACROSS_LABELS: Record<AcrossPrograms, string> = {
  "highest-then-newest": "从新就高",
  newest: "从新（按本政策执行）",
  stack: "叠加（配套/再给予）",
  none: "未规定",
};

type MatterRule = PrecedenceSettings["matters"][string];

/** 优先规则 for the program, and per matter where the text says otherwise. */
export function PrecedenceEditor({
  value,
  matters,
  onChange,
}: {
  value: PrecedenceSettings;
  /** the matters the program's benefits use */
  matters: string[];
  onChange: (p: PrecedenceSettings) => void;
}) {
  const set = (key: keyof PrecedenceSettings, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as PrecedenceSettings);
  };
  const rules = value.matters ?? {};
  const setRule = (matter: string, rule: MatterRule | undefined) => {
    const next = { ...rules };
    if (rule === undefined) delete next[matter];
    else next[matter] = rule;
    set("matters", next);
  };
  const free = matters.filter((m) => !(m in rules));
  return (
    <div className="precedence-editor">
      <Field label="同一方案内同一事项" at={["precedence", "withinMatter"]} schema={P.withinMatter}>
        {(id) => (
          <ChoiceInput
            id={id}
            value={value.withinMatter}
            labels={WITHIN_LABELS}
            onChange={(x) => set("withinMatter", x ?? "highest")}
          />
        )}
      </Field>
      <Field
        label="与其他方案同一事项"
        at={["precedence", "acrossPrograms"]}
        schema={P.acrossPrograms}
      >
        {(id) => (
          <ChoiceInput
            id={id}
            value={value.acrossPrograms}
            labels={ACROSS_LABELS}
            onChange={(x) => set("acrossPrograms", x ?? "none")}
          />
        )}
      </Field>
      <Field
        label="上级今后有规定的从其规定"
        at={["precedence", "higherLevelOverrides"]}
        schema={P.higherLevelOverrides}
      >
        {(id) => (
          <Toggle
            id={id}
            value={value.higherLevelOverrides}
            onChange={(x) => set("higherLevelOverrides", x ?? false)}
          />
        )}
      </Field>
      <Field label="原文依据" at={["precedence", "basis"]} schema={P.basis}>
        {(id) => (
          <LongText id={id} rows={1} value={value.basis} onChange={(x) => set("basis", x)} />
        )}
      </Field>
      <Field label="按事项另行规定" at={["precedence", "matters"]} schema={M.withinMatter}>
        <div>
          {Object.entries(rules).map(([matter, rule]) => (
            <Space key={matter} wrap className="matter-rule">
              <strong>{matter}</strong>
              <Select
                aria-label="同一事项"
                data-schema={M.withinMatter}
                allowClear
                placeholder="同方案"
                style={{ width: 150 }}
                value={rule.withinMatter}
                onChange={(x?: WithinMatter) => setRule(matter, { ...rule, withinMatter: x })}
                options={Object.entries(WITHIN_LABELS).map(([v, l]) => ({ value: v, label: l }))}
              />
              <Select
                aria-label="跨方案"
                data-schema={M.acrossPrograms}
                allowClear
                placeholder="同方案"
                style={{ width: 150 }}
                value={rule.acrossPrograms}
                onChange={(x?: AcrossPrograms) => setRule(matter, { ...rule, acrossPrograms: x })}
                options={Object.entries(ACROSS_LABELS).map(([v, l]) => ({ value: v, label: l }))}
              />
              <span data-schema={M.higherLevelOverrides}>
                上级优先{" "}
                <Switch
                  size="small"
                  checked={rule.higherLevelOverrides ?? false}
                  onChange={(x) => setRule(matter, { ...rule, higherLevelOverrides: x })}
                />
              </span>
              <Button size="small" type="text" danger onClick={() => setRule(matter, undefined)}>
                删除
              </Button>
            </Space>
          ))}
          {free.length > 0 && (
            <Select
              placeholder="为某一事项单独规定…"
              style={{ width: 240 }}
              value={null}
              onChange={(m: string) => setRule(m, {})}
              options={free.map((m) => ({ value: m, label: m }))}
            />
          )}
        </div>
      </Field>
    </div>
  );
}
