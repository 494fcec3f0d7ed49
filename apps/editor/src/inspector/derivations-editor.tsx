import type { Derivation, Program } from "@jiangce/rule-schema";
import { Button, Card, Select, Space } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import { freshId } from "../workspace/draft-model.ts";
import { TextInput, Toggle } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const D = declareHandled("derivations[]", [
  "id",
  "clauseId",
  "fact",
  "value",
  "when",
  "note",
] as const);

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
