import type { Amount, AmountBase, AmountKind, Condition, UnitCount } from "@jiangce/rule-schema";
import { Radio, Select, Space } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import type { Path } from "../workspace/draft-model.ts";
import { BaseEditor, declareBase } from "./base-editor.tsx";
import { ChoiceInput, MoneyInput, NumberInput, TextInput, Toggle } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const KIND_LABELS: Record<AmountKind, string> = {
  fixed: "固定金额",
  "per-unit": "标准×数量（如 每人2000元）",
  matching: "配套（如 1:1配套）",
  uplift: "上浮（如 上浮30%）",
  "percent-of": "按百分比（如 按200%标准）",
  unspecified: "按规定（原文未写金额）",
};

const FIELDS = [
  "kind",
  "fen",
  "fenPerUnit",
  "unitLabel",
  "ratio",
  "percent",
  "cap",
  "upTo",
  "note",
] as const;

function declareAmount(prefix: string) {
  return {
    ...declareHandled(prefix, FIELDS),
    count: declareHandled(`${prefix}.count`, ["fact", "records", "where"] as const),
    of: declareBase(`${prefix}.of`),
    capOf: declareHandled(`${prefix}.capOf`, ["percent"] as const),
    capOfBase: declareBase(`${prefix}.capOf.of`),
  };
}

/** Benefit amounts and tier amounts have the same editor. */
export const AMOUNT_PATHS = {
  benefit: declareAmount("clauses[].benefits[].amount"),
  tier: declareAmount("clauses[].benefits[].tiers[].amount"),
};

function freshAmount(kind: AmountKind): Amount {
  switch (kind) {
    case "fixed":
      return { kind, fen: 0 };
    case "per-unit":
      return { kind, fenPerUnit: 0, unitLabel: "人", count: { fact: "" } };
    case "matching":
      return { kind, ratio: 1, of: { matter: "" } };
    case "uplift":
    case "percent-of":
      return { kind, percent: 100, of: { matter: "" } };
    case "unspecified":
      return { kind };
  }
}

export function AmountEditor({
  at,
  paths,
  value,
  onChange,
  scope,
}: {
  at: Path;
  paths: ReturnType<typeof declareAmount>;
  value: Amount | undefined;
  onChange: (amount: Amount) => void;
  scope: Scope;
}) {
  const amount = value ?? freshAmount("fixed");
  const a = amount as Record<string, unknown>;
  const set = (key: string, x: unknown) => {
    const next = { ...a };
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Amount);
  };
  const count = a.count as UnitCount | undefined;
  const countByRecords = count !== undefined && "records" in count;
  const numberFacts = [...scope.values()].filter((f) => f.type === "number");
  const records = [...scope.values()].filter((f) => f.type === "records");
  const capOf = a.capOf as { percent: number; of: AmountBase } | undefined;
  return (
    <div className="amount-editor">
      <Field label="金额类型" at={[...at, "kind"]} schema={paths.kind}>
        {(id) => (
          <ChoiceInput<AmountKind>
            id={id}
            value={amount.kind}
            labels={KIND_LABELS}
            onChange={(k) => k && onChange(freshAmount(k))}
          />
        )}
      </Field>
      {amount.kind === "fixed" && (
        <Field label="金额" at={[...at, "fen"]} schema={paths.fen}>
          {(id) => <MoneyInput id={id} value={amount.fen} onChange={(x) => set("fen", x ?? 0)} />}
        </Field>
      )}
      {amount.kind === "per-unit" && (
        <>
          <Space wrap>
            <Field label="单位标准" at={[...at, "fenPerUnit"]} schema={paths.fenPerUnit}>
              {(id) => (
                <MoneyInput
                  id={id}
                  value={amount.fenPerUnit}
                  onChange={(x) => set("fenPerUnit", x ?? 0)}
                />
              )}
            </Field>
            <Field label="计量单位" at={[...at, "unitLabel"]} schema={paths.unitLabel}>
              {(id) => (
                <TextInput
                  id={id}
                  value={amount.unitLabel}
                  placeholder="人、生、个"
                  onChange={(x) => set("unitLabel", x ?? "")}
                />
              )}
            </Field>
          </Space>
          <Radio.Group
            value={countByRecords ? "records" : "fact"}
            onChange={(e) =>
              set(
                "count",
                e.target.value === "records"
                  ? { records: records[0]?.key ?? "competitions", where: { all: [] } }
                  : { fact: "" },
              )
            }
            options={[
              { value: "fact", label: "数量取自申请人填写的数字" },
              { value: "records", label: "数量为符合条件的记录数" },
            ]}
          />
          {countByRecords ? (
            <>
              <Field label="记录" at={[...at, "count", "records"]} schema={paths.count.records}>
                {(id) => (
                  <Select
                    id={id}
                    style={{ minWidth: 200 }}
                    value={(count as { records: string }).records}
                    onChange={(x: string) => set("count", { records: x, where: { all: [] } })}
                    options={records.map((f) => ({ value: f.key, label: f.label }))}
                  />
                )}
              </Field>
              <Field label="计数条件" at={[...at, "count", "where"]} schema={paths.count.where}>
                <ConditionBuilder
                  scope={scope}
                  recordsOf={(count as { records: string }).records}
                  value={(count as { where: Condition }).where}
                  onChange={(w) => set("count", { ...count, where: w ?? { all: [] } })}
                />
              </Field>
            </>
          ) : (
            <Field label="数量事实" at={[...at, "count", "fact"]} schema={paths.count.fact}>
              {(id) => (
                <Select
                  id={id}
                  style={{ minWidth: 220 }}
                  value={(count as { fact?: string } | undefined)?.fact || undefined}
                  placeholder="选择数量类事实"
                  onChange={(x: string) => set("count", { fact: x })}
                  options={numberFacts.map((f) => ({ value: f.key, label: f.label }))}
                />
              )}
            </Field>
          )}
        </>
      )}
      {amount.kind === "matching" && (
        <Field label="配套比例（1 即 1:1）" at={[...at, "ratio"]} schema={paths.ratio}>
          {(id) => (
            <NumberInput
              id={id}
              value={amount.ratio}
              min={0}
              onChange={(x) => set("ratio", x ?? 1)}
            />
          )}
        </Field>
      )}
      {(amount.kind === "uplift" || amount.kind === "percent-of") && (
        <Field
          label={amount.kind === "uplift" ? "上浮百分比" : "百分比"}
          at={[...at, "percent"]}
          schema={paths.percent}
        >
          {(id) => (
            <NumberInput
              id={id}
              value={amount.percent}
              min={0}
              suffix="%"
              onChange={(x) => set("percent", x ?? 0)}
            />
          )}
        </Field>
      )}
      {"of" in amount && (
        <Field label="计算基数" at={[...at, "of"]} schema={`${paths.of.matter}…`}>
          <BaseEditor
            at={[...at, "of"]}
            schema={paths.of}
            value={amount.of}
            onChange={(b) => set("of", b)}
            scope={scope}
          />
        </Field>
      )}
      <Space wrap>
        <Field label="最高限额" at={[...at, "cap"]} schema={paths.cap}>
          {(id) => (
            <MoneyInput
              id={id}
              value={a.cap as number | undefined}
              onChange={(x) => set("cap", x)}
            />
          )}
        </Field>
        <Field label="为上限（据实核定）" at={[...at, "upTo"]} schema={paths.upTo}>
          {(id) => (
            <Toggle
              id={id}
              value={a.upTo as boolean | undefined}
              onChange={(x) => set("upTo", x || undefined)}
            />
          )}
        </Field>
        <Field
          label="不超过另一基数的百分比"
          at={[...at, "capOf", "percent"]}
          schema={paths.capOf.percent}
        >
          {(id) => (
            <NumberInput
              id={id}
              value={capOf?.percent}
              min={0}
              suffix="%"
              onChange={(x) =>
                set(
                  "capOf",
                  x === undefined ? undefined : { percent: x, of: capOf?.of ?? { matter: "" } },
                )
              }
            />
          )}
        </Field>
      </Space>
      {capOf && (
        <BaseEditor
          at={[...at, "capOf", "of"]}
          schema={paths.capOfBase}
          value={capOf.of}
          onChange={(b) => set("capOf", { ...capOf, of: b })}
          scope={scope}
        />
      )}
      <Field label="金额说明" at={[...at, "note"]} schema={paths.note}>
        {(id) => (
          <TextInput
            id={id}
            value={a.note as string | undefined}
            onChange={(x) => set("note", x)}
          />
        )}
      </Field>
    </div>
  );
}
