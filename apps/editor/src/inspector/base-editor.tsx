import type { AmountBase } from "@jiangce/rule-schema";
import { Radio, Select, Space } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import type { Path } from "../workspace/draft-model.ts";
import { MoneyInput, TextInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

export const BASE_FIELDS = [
  "matter",
  "program",
  "fact",
  "fen",
  "records",
  "where",
  "field",
] as const;

/** Declares the fields of an amount base at `prefix` (amount.of, amount.capOf.of). */
export function declareBase(prefix: string) {
  return declareHandled(prefix, BASE_FIELDS);
}

type BaseKind = "matter" | "fact" | "fen" | "records";

function kindOf(base: AmountBase | undefined): BaseKind {
  if (!base || "matter" in base) return "matter";
  if ("records" in base) return "records";
  if ("fact" in base) return "fact";
  return "fen";
}

const fresh: Record<BaseKind, AmountBase> = {
  matter: { matter: "" },
  fact: { fact: "" },
  fen: { fen: 0 },
  records: { records: "competitions", field: "awardFen" },
};

/** What a matching / uplift / percent amount (or a relative cap) is computed from. */
export function BaseEditor({
  at,
  schema,
  value,
  onChange,
  scope,
}: {
  at: Path;
  schema: Record<(typeof BASE_FIELDS)[number], string>;
  value: AmountBase | undefined;
  onChange: (base: AmountBase) => void;
  scope: Scope;
}) {
  const kind = kindOf(value);
  const v = (value ?? fresh.matter) as Record<string, unknown>;
  const set = (key: string, x: unknown) => onChange({ ...v, [key]: x } as AmountBase);
  const moneyFacts = [...scope.values()].filter((f) => f.type === "money");
  const records = [...scope.values()].filter((f) => f.type === "records");
  const recordFields = [...(scope.get(String(v.records ?? ""))?.fields.values() ?? [])].filter(
    (f) => f.type === "money",
  );
  return (
    <div className="base-editor">
      <Radio.Group
        value={kind}
        onChange={(e) => onChange(fresh[e.target.value as BaseKind])}
        options={[
          { value: "matter", label: "另一事项的奖励" },
          { value: "fact", label: "申请人提供的金额" },
          { value: "fen", label: "明确的标准金额" },
          { value: "records", label: "符合条件记录的金额之和" },
        ]}
      />
      {kind === "matter" && (
        <Space wrap>
          <Field label="事项标识" at={[...at, "matter"]} schema={schema.matter}>
            {(id) => (
              <TextInput
                id={id}
                value={v.matter as string}
                onChange={(x) => set("matter", x ?? "")}
              />
            )}
          </Field>
          <Field label="限定方案（可选）" at={[...at, "program"]} schema={schema.program}>
            {(id) => (
              <TextInput
                id={id}
                value={v.program as string | undefined}
                onChange={(x) => set("program", x)}
              />
            )}
          </Field>
        </Space>
      )}
      {kind === "fact" && (
        <Field label="金额事实" at={[...at, "fact"]} schema={schema.fact}>
          {(id) => (
            <Select
              id={id}
              style={{ minWidth: 220 }}
              value={(v.fact as string) || undefined}
              placeholder="选择金额类事实"
              onChange={(x: string) => set("fact", x)}
              options={moneyFacts.map((f) => ({ value: f.key, label: f.label }))}
            />
          )}
        </Field>
      )}
      {kind === "fen" && (
        <Field label="标准金额" at={[...at, "fen"]} schema={schema.fen}>
          {(id) => (
            <MoneyInput id={id} value={v.fen as number} onChange={(x) => set("fen", x ?? 0)} />
          )}
        </Field>
      )}
      {kind === "records" && (
        <>
          <Space wrap>
            <Field label="记录" at={[...at, "records"]} schema={schema.records}>
              {(id) => (
                <Select
                  id={id}
                  style={{ minWidth: 200 }}
                  value={v.records as string}
                  onChange={(x: string) => onChange({ records: x, field: "" } as AmountBase)}
                  options={records.map((f) => ({ value: f.key, label: f.label }))}
                />
              )}
            </Field>
            <Field label="金额字段" at={[...at, "field"]} schema={schema.field}>
              {(id) => (
                <Select
                  id={id}
                  style={{ minWidth: 160 }}
                  value={(v.field as string) || undefined}
                  onChange={(x: string) => set("field", x)}
                  options={recordFields.map((f) => ({ value: f.key, label: f.label }))}
                />
              )}
            </Field>
          </Space>
          <Field label="只计符合条件的记录" at={[...at, "where"]} schema={schema.where}>
            <ConditionBuilder
              scope={scope}
              recordsOf={v.records as string}
              value={v.where as never}
              onChange={(x) => set("where", x)}
            />
          </Field>
        </>
      )}
    </div>
  );
}
