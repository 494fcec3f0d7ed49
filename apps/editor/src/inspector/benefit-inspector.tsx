import { type Benefit, payerLabels, periodLabels } from "@jiangce/rule-schema";
import { Radio, Space } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import type { Path } from "../workspace/draft-model.ts";
import { AMOUNT_PATHS, AmountEditor } from "./amount-editor.tsx";
import { ChoiceInput, DateInput, LongText, RecipientInput, TextInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { QUOTA_PATHS, QuotaEditor } from "./quota-editor.tsx";
import { TiersEditor } from "./tiers-editor.tsx";

const P = declareHandled("clauses[].benefits[]", [
  "id",
  "matter",
  "label",
  "recipient",
  "payer",
  "funding",
  "conditions",
  "period",
  "amount",
  "tiers",
  "exclusiveGroup",
  "deadline",
  "quote",
  "note",
] as const);

/** 待遇（资金）: who receives what, when, on which conditions, how much (one amount or tiers). */
export function BenefitInspector({
  at,
  value,
  onChange,
  scope,
}: {
  at: Path;
  value: Benefit;
  onChange: (benefit: Benefit) => void;
  scope: Scope;
}) {
  const set = (key: keyof Benefit, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Benefit);
  };
  const tiered = value.tiers !== undefined;
  const switchTiers = (useTiers: boolean) => {
    const { amount, tiers, ...rest } = value;
    onChange(
      useTiers
        ? {
            ...rest,
            tiers: [{ id: "tier-1", label: "第1档", amount: amount ?? { kind: "fixed", fen: 0 } }],
          }
        : { ...rest, amount: tiers?.[0]?.amount ?? { kind: "fixed", fen: 0 } },
    );
  };
  return (
    <div className="inspector-form">
      <Field label="待遇名称" at={[...at, "label"]} schema={P.label}>
        {(id) => <TextInput id={id} value={value.label} onChange={(x) => set("label", x ?? "")} />}
      </Field>
      <Space wrap>
        <Field
          label="事项标识"
          at={[...at, "matter"]}
          schema={P.matter}
          help="同一事项的待遇按优先规则比较（也跨方案）"
        >
          {(id) => (
            <TextInput id={id} value={value.matter} onChange={(x) => set("matter", x ?? "")} />
          )}
        </Field>
        <Field label="待遇标识" at={[...at, "id"]} schema={P.id}>
          {(id) => <TextInput id={id} value={value.id} onChange={(x) => set("id", x ?? "")} />}
        </Field>
      </Space>
      <Space wrap>
        <Field label="对象" at={[...at, "recipient"]} schema={P.recipient}>
          {(id) => (
            <RecipientInput
              id={id}
              value={value.recipient}
              onChange={(x) => set("recipient", x ?? "person")}
            />
          )}
        </Field>
        <Field label="支付方" at={[...at, "payer"]} schema={P.payer}>
          {(id) => (
            <ChoiceInput
              id={id}
              value={value.payer}
              labels={payerLabels}
              onChange={(x) => set("payer", x)}
            />
          )}
        </Field>
        <Field label="发放周期" at={[...at, "period"]} schema={P.period}>
          {(id) => (
            <ChoiceInput
              id={id}
              value={value.period}
              labels={periodLabels}
              onChange={(x) => set("period", x)}
            />
          )}
        </Field>
      </Space>
      <Field label="享受条件" at={[...at, "conditions"]} schema={P.conditions}>
        <ConditionBuilder
          scope={scope}
          value={value.conditions}
          onChange={(c) => set("conditions", c)}
        />
      </Field>
      <Field
        label="金额"
        at={[...at, tiered ? "tiers" : "amount"]}
        schema={tiered ? P.tiers : P.amount}
      >
        <Radio.Group
          value={tiered ? "tiers" : "amount"}
          onChange={(e) => switchTiers(e.target.value === "tiers")}
          options={[
            { value: "amount", label: "单一金额" },
            { value: "tiers", label: "分档（就高）" },
          ]}
        />
      </Field>
      {tiered ? (
        <TiersEditor
          at={[...at, "tiers"]}
          tiers={value.tiers ?? []}
          onChange={(t) => set("tiers", t)}
          scope={scope}
        />
      ) : (
        <AmountEditor
          at={[...at, "amount"]}
          paths={AMOUNT_PATHS.benefit}
          value={value.amount}
          onChange={(a) => set("amount", a)}
          scope={scope}
        />
      )}
      <Space wrap>
        <Field
          label="互斥组（就高不重复）"
          at={[...at, "exclusiveGroup"]}
          schema={P.exclusiveGroup}
        >
          {(id) => (
            <TextInput
              id={id}
              value={value.exclusiveGroup}
              placeholder="同组只发最高一项"
              onChange={(x) => set("exclusiveGroup", x)}
            />
          )}
        </Field>
        <Field label="申领截止日" at={[...at, "deadline"]} schema={P.deadline}>
          {(id) => (
            <DateInput id={id} value={value.deadline} onChange={(x) => set("deadline", x)} />
          )}
        </Field>
        <Field label="资金来源" at={[...at, "funding"]} schema={P.funding}>
          {(id) => (
            <TextInput
              id={id}
              value={value.funding}
              placeholder="不填则沿用条款的资金来源"
              onChange={(x) => set("funding", x)}
            />
          )}
        </Field>
      </Space>
      <Field label="名额" at={[...at, "quota"]} schema={QUOTA_PATHS.benefit.count}>
        <QuotaEditor
          at={[...at, "quota"]}
          paths={QUOTA_PATHS.benefit}
          value={value.quota}
          onChange={(q) => set("quota", q)}
        />
      </Field>
      <Field
        label="原文给予语句"
        at={[...at, "quote"]}
        schema={P.quote}
        help="须与条款原文中的句子一致"
      >
        {(id) => (
          <LongText id={id} rows={2} value={value.quote} onChange={(x) => set("quote", x)} />
        )}
      </Field>
      <Field label="备注" at={[...at, "note"]} schema={P.note}>
        {(id) => <TextInput id={id} value={value.note} onChange={(x) => set("note", x)} />}
      </Field>
    </div>
  );
}
