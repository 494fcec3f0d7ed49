import { providerLabels, type Treatment, treatmentKindLabels } from "@jiangce/rule-schema";
import { Space } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import type { Path } from "../workspace/draft-model.ts";
import {
  ChoiceInput,
  DateInput,
  LongText,
  RecipientInput,
  TextInput,
  Toggle,
} from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { QUOTA_PATHS, QuotaEditor } from "./quota-editor.tsx";

const P = declareHandled("clauses[].treatments[]", [
  "id",
  "kind",
  "label",
  "recipient",
  "conditions",
  "encouragedOnly",
  "provider",
  "deadline",
  "quote",
  "note",
] as const);

/** 非资金待遇: 直接评定, 职称评审, 落户, 疗休养 … */
export function TreatmentInspector({
  at,
  value,
  onChange,
  scope,
}: {
  at: Path;
  value: Treatment;
  onChange: (t: Treatment) => void;
  scope: Scope;
}) {
  const set = (key: keyof Treatment, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Treatment);
  };
  return (
    <div className="inspector-form">
      <Field label="待遇内容" at={[...at, "label"]} schema={P.label}>
        {(id) => <TextInput id={id} value={value.label} onChange={(x) => set("label", x ?? "")} />}
      </Field>
      <Space wrap>
        <Field label="类型" at={[...at, "kind"]} schema={P.kind}>
          {(id) => (
            <ChoiceInput
              id={id}
              value={value.kind}
              labels={treatmentKindLabels}
              onChange={(x) => set("kind", x ?? "other")}
            />
          )}
        </Field>
        <Field label="提供方" at={[...at, "provider"]} schema={P.provider}>
          {(id) => (
            <ChoiceInput
              id={id}
              allowClear
              value={value.provider}
              labels={providerLabels}
              onChange={(x) => set("provider", x)}
            />
          )}
        </Field>
        <Field
          label="仅为鼓励（非应享待遇）"
          at={[...at, "encouragedOnly"]}
          schema={P.encouragedOnly}
        >
          {(id) => (
            <Toggle
              id={id}
              value={value.encouragedOnly}
              onChange={(x) => set("encouragedOnly", x)}
            />
          )}
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
        <Field label="截止日" at={[...at, "deadline"]} schema={P.deadline}>
          {(id) => (
            <DateInput id={id} value={value.deadline} onChange={(x) => set("deadline", x)} />
          )}
        </Field>
        <Field label="标识" at={[...at, "id"]} schema={P.id}>
          {(id) => <TextInput id={id} value={value.id} onChange={(x) => set("id", x ?? "")} />}
        </Field>
      </Space>
      <Field label="享受条件" at={[...at, "conditions"]} schema={P.conditions}>
        <ConditionBuilder
          scope={scope}
          value={value.conditions}
          onChange={(c) => set("conditions", c)}
        />
      </Field>
      <Field label="名额" at={[...at, "quota"]} schema={QUOTA_PATHS.treatment.count}>
        <QuotaEditor
          at={[...at, "quota"]}
          paths={QUOTA_PATHS.treatment}
          value={value.quota}
          onChange={(q) => set("quota", q)}
        />
      </Field>
      <Field label="原文给予语句" at={[...at, "quote"]} schema={P.quote}>
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
