import type {
  Derivation,
  FactDeclaration,
  FactField,
  FactValueOption,
  Program,
} from "@jiangce/rule-schema";
import { factTypes, recipientKindLabels, recipientKinds } from "@jiangce/rule-schema";
import { Button, Card, Input, Select, Space } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import { freshId } from "../workspace/draft-model.ts";
import { TextInput, Toggle } from "./controls.tsx";
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
const V = declareHandled("facts[].values[]", ["value", "label"] as const);
const FF = declareHandled("facts[].fields[]", ["key", "label", "type", "values"] as const);
const FV = declareHandled("facts[].fields[].values[]", ["value", "label"] as const);
const D = declareHandled("derivations[]", [
  "id",
  "clauseId",
  "fact",
  "value",
  "when",
  "note",
] as const);

const TYPE_LABELS: Record<string, string> = {
  boolean: "是/否",
  number: "数字",
  money: "金额",
  date: "日期",
  string: "文字",
  enum: "单选",
  ordered: "等级（有序）",
  set: "多选集合",
  records: "记录列表",
  region: "行政区划",
};

function OptionsEditor({
  value,
  onChange,
  schema,
}: {
  value: FactValueOption[];
  onChange: (v: FactValueOption[]) => void;
  schema: { value: string; label: string };
}) {
  return (
    <div>
      {value.map((o, i) => (
        <Space key={i}>
          <Input
            aria-label="取值标识"
            data-schema={schema.value}
            value={o.value}
            onChange={(e) =>
              onChange(value.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))
            }
          />
          <Input
            aria-label="中文名称"
            data-schema={schema.label}
            value={o.label}
            onChange={(e) =>
              onChange(value.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))
            }
          />
          <Button
            size="small"
            type="text"
            danger
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            删除
          </Button>
        </Space>
      ))}
      <Button size="small" onClick={() => onChange([...value, { value: "", label: "" }])}>
        添加可选值
      </Button>
    </div>
  );
}

/** 本方案的事实: new facts, and values or record fields added to national ones (extends). */
export function FactsEditor({
  facts,
  onChange,
}: {
  facts: FactDeclaration[];
  onChange: (f: FactDeclaration[]) => void;
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
                      options={factTypes.map((t) => ({ value: t, label: TYPE_LABELS[t] ?? t }))}
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
                schema={V}
                value={fact.values ?? []}
                onChange={(v) => setFact(i, "values", v.length ? v : undefined)}
              />
            </Field>
            <Field label="记录字段" at={[...at, "fields"]} schema={F.fields}>
              <div>
                {(fact.fields ?? []).map((field: FactField, k) => (
                  <Space key={field.key || k} wrap>
                    <Input
                      aria-label="字段名"
                      data-schema={FF.key}
                      value={field.key}
                      onChange={(e) =>
                        setFact(
                          i,
                          "fields",
                          (fact.fields ?? []).map((x, m) =>
                            m === k ? { ...x, key: e.target.value } : x,
                          ),
                        )
                      }
                    />
                    <Input
                      aria-label="字段中文名"
                      data-schema={FF.label}
                      value={field.label}
                      onChange={(e) =>
                        setFact(
                          i,
                          "fields",
                          (fact.fields ?? []).map((x, m) =>
                            m === k ? { ...x, label: e.target.value } : x,
                          ),
                        )
                      }
                    />
                    <Select
                      aria-label="字段类型"
                      data-schema={FF.type}
                      style={{ width: 120 }}
                      value={field.type}
                      onChange={(t) =>
                        setFact(
                          i,
                          "fields",
                          (fact.fields ?? []).map((x, m) => (m === k ? { ...x, type: t } : x)),
                        )
                      }
                      options={[
                        "boolean",
                        "number",
                        "money",
                        "date",
                        "string",
                        "enum",
                        "ordered",
                      ].map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
                    />
                    <span data-schema={FF.values}>
                      <OptionsEditor
                        schema={FV}
                        value={field.values ?? []}
                        onChange={(v) =>
                          setFact(
                            i,
                            "fields",
                            (fact.fields ?? []).map((x, m) =>
                              m === k ? { ...x, values: v.length ? v : undefined } : x,
                            ),
                          )
                        }
                      />
                    </span>
                  </Space>
                ))}
                <Button
                  size="small"
                  onClick={() =>
                    setFact(i, "fields", [
                      ...(fact.fields ?? []),
                      { key: "", label: "", type: "boolean" },
                    ])
                  }
                >
                  添加字段
                </Button>
              </div>
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
      <Button
        onClick={() => onChange([...facts, { key: "", label: "", extends: true, values: [] }])}
      >
        添加事实或扩展
      </Button>
    </div>
  );
}

/** 认定规则: when a condition holds, the profile counts as having a fact value (直接评定为…). */
export function DerivationsEditor({
  program,
  scope,
  onChange,
}: {
  program: Program;
  scope: Scope;
  onChange: (d: Derivation[]) => void;
}) {
  const list = program.derivations;
  const setD = (i: number, key: keyof Derivation, x: unknown) =>
    onChange(
      list.map((d, j) => {
        if (j !== i) return d;
        const next = { ...d } as Record<string, unknown>;
        if (x === undefined) delete next[key];
        else next[key] = x;
        return next as Derivation;
      }),
    );
  return (
    <div>
      {list.map((d, i) => {
        const at = ["derivations", i];
        const fact = scope.get(d.fact);
        return (
          <Card
            key={d.id}
            size="small"
            title={d.note || d.id}
            extra={
              <Button
                size="small"
                type="text"
                danger
                onClick={() => onChange(list.filter((_, j) => j !== i))}
              >
                删除
              </Button>
            }
          >
            <Space wrap>
              <Field label="认定为：事实" at={[...at, "fact"]} schema={D.fact}>
                {(id) => (
                  <Select
                    id={id}
                    showSearch={{ optionFilterProp: "label" }}
                    style={{ minWidth: 180 }}
                    value={d.fact}
                    onChange={(x: string) => setD(i, "fact", x)}
                    options={[...scope.values()]
                      .filter((f) => ["set", "enum", "ordered", "boolean"].includes(f.type))
                      .map((f) => ({ value: f.key, label: f.label }))}
                  />
                )}
              </Field>
              <Field label="取值" at={[...at, "value"]} schema={D.value}>
                {(id) =>
                  fact?.type === "boolean" ? (
                    <Toggle
                      id={id}
                      value={d.value === true}
                      onChange={(x) => setD(i, "value", x ?? false)}
                    />
                  ) : (
                    <Select
                      id={id}
                      style={{ minWidth: 180 }}
                      value={String(d.value)}
                      onChange={(x: string) => setD(i, "value", x)}
                      options={(fact?.values ?? []).map((v) => ({
                        value: v,
                        label: fact?.valueLabels.get(v) ?? v,
                      }))}
                    />
                  )
                }
              </Field>
              <Field label="依据条款" at={[...at, "clauseId"]} schema={D.clauseId}>
                {(id) => (
                  <Select
                    id={id}
                    allowClear
                    style={{ minWidth: 160 }}
                    value={d.clauseId}
                    onChange={(x?: string) => setD(i, "clauseId", x)}
                    options={program.clauses.map((c) => ({ value: c.id, label: c.citation }))}
                  />
                )}
              </Field>
              <Field label="标识" at={[...at, "id"]} schema={D.id}>
                {(id) => (
                  <TextInput id={id} value={d.id} onChange={(x) => setD(i, "id", x ?? "")} />
                )}
              </Field>
            </Space>
            <Field label="当以下条件成立时" at={[...at, "when"]} schema={D.when}>
              <ConditionBuilder
                scope={scope}
                value={d.when}
                onChange={(c) => setD(i, "when", c ?? { all: [] })}
              />
            </Field>
            <Field label="说明" at={[...at, "note"]} schema={D.note}>
              {(id) => <TextInput id={id} value={d.note} onChange={(x) => setD(i, "note", x)} />}
            </Field>
          </Card>
        );
      })}
      <Button
        onClick={() =>
          onChange([
            ...list,
            {
              id: freshId(
                "derivation",
                list.map((d) => d.id),
              ),
              fact: "titles",
              value: "",
              when: { all: [] },
            },
          ])
        }
      >
        添加认定规则
      </Button>
    </div>
  );
}
