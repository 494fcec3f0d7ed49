import type { FactDeclaration } from "@jiangce/rule-schema";
import { factTypes, recipientKindLabels, recipientKinds } from "@jiangce/rule-schema";
import { Button, Card, Select, Space } from "antd";
import { TextInput, Toggle } from "./controls.tsx";
import { factTypeLabels, OptionsEditor, RecordFieldsEditor } from "./fact-options-editor.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const F = declareHandled("facts[]", [
  "key",
  "label",
  "type",
  "extends",
  "values",
  "fields",
  "appliesTo",
  "unit",
  "description",
] as const);

/** 本方案的事实: new facts, and values or record fields added to national ones (extends). */
export function FactsEditor({
  facts,
  onChange,
  blank = { key: "", label: "", extends: true, values: [] },
  addLabel = "添加事实或扩展",
}: {
  facts: FactDeclaration[];
  onChange: (f: FactDeclaration[]) => void;
  /** what 添加 starts from (a program: an extension of a national fact; a catalogue: a new one) */
  blank?: FactDeclaration;
  addLabel?: string;
}) {
  const setFact = (i: number, key: keyof FactDeclaration, x: unknown) =>
    onChange(facts.map((f, j) => (j === i ? ({ ...f, [key]: x } as FactDeclaration) : f)));
  return (
    <div>
      {facts.map((fact, i) => {
        const at = ["facts", i];
        return (
          <Card
            key={i}
            size="small"
            title={fact.label || fact.key || "新事实"}
            extra={
              <Button
                size="small"
                type="text"
                danger
                onClick={() => onChange(facts.filter((_, j) => j !== i))}
              >
                删除
              </Button>
            }
          >
            <Space wrap>
              <Field label="事实名" at={[...at, "key"]} schema={F.key}>
                {(id) => (
                  <TextInput
                    id={id}
                    value={fact.key}
                    onChange={(x) => setFact(i, "key", x ?? "")}
                  />
                )}
              </Field>
              <Field label="中文名称" at={[...at, "label"]} schema={F.label}>
                {(id) => (
                  <TextInput
                    id={id}
                    value={fact.label}
                    onChange={(x) => setFact(i, "label", x ?? "")}
                  />
                )}
              </Field>
              <Field label="扩展全国事实" at={[...at, "extends"]} schema={F.extends}>
                {(id) => (
                  <Toggle
                    id={id}
                    value={fact.extends}
                    onChange={(x) => setFact(i, "extends", x ?? false)}
                  />
                )}
              </Field>
              {!fact.extends && (
                <Field label="类型" at={[...at, "type"]} schema={F.type}>
                  {(id) => (
                    <Select
                      id={id}
                      style={{ width: 140 }}
                      value={fact.type}
                      onChange={(x) => setFact(i, "type", x)}
                      options={factTypes.map((t) => ({ value: t, label: factTypeLabels[t] ?? t }))}
                    />
                  )}
                </Field>
              )}
              <Field label="单位" at={[...at, "unit"]} schema={F.unit}>
                {(id) => (
                  <TextInput id={id} value={fact.unit} onChange={(x) => setFact(i, "unit", x)} />
                )}
              </Field>
            </Space>
            <Field label="可选值" at={[...at, "values"]} schema={F.values}>
              <OptionsEditor
                value={fact.values ?? []}
                onChange={(v) => setFact(i, "values", v.length ? v : undefined)}
              />
            </Field>
            <Field label="记录字段" at={[...at, "fields"]} schema={F.fields}>
              <RecordFieldsEditor
                fields={fact.fields ?? []}
                onChange={(v) => setFact(i, "fields", v)}
              />
            </Field>
            <Field label="适用对象" at={[...at, "appliesTo"]} schema={F.appliesTo}>
              {(id) => (
                <Select
                  id={id}
                  mode="multiple"
                  style={{ minWidth: 240 }}
                  value={fact.appliesTo ?? []}
                  onChange={(x: string[]) => setFact(i, "appliesTo", x.length ? x : undefined)}
                  options={recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }))}
                />
              )}
            </Field>
            <Field label="说明" at={[...at, "description"]} schema={F.description}>
              {(id) => (
                <TextInput
                  id={id}
                  value={fact.description}
                  onChange={(x) => setFact(i, "description", x)}
                />
              )}
            </Field>
          </Card>
        );
      })}
      <Button onClick={() => onChange([...facts, blank])}>{addLabel}</Button>
    </div>
  );
}
