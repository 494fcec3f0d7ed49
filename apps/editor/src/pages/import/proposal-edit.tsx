// The inline form that corrects what the importer read, for the kinds a drafter fixes at import
// time (names, amounts, tiers, period, recipient, stage, dates, quotas, units). Everything else
// is accepted or rejected here and edited in the workspace afterwards.
import type { Proposal, ProposalValue } from "@jiangce/policy-import";
import { type Period, periodLabels, type Stage, stageLabels } from "@jiangce/rule-schema";
import { Button, Form, Input, Select, Space } from "antd";
import { useState } from "react";
import { MoneyInput, NumberInput, RecipientInput } from "../../inspector/controls.tsx";

type Of<K extends Proposal["kind"]> = Extract<ProposalValue, { kind: K }>["value"];
type BenefitValue = Of<"benefit">;
type Tier = NonNullable<BenefitValue["tiers"]>[number];

const editable = new Set<Proposal["kind"]>([
  "title",
  "document-number",
  "stage",
  "deadline",
  "benefit",
  "treatment",
  "quota",
  "responsible-units",
]);

export function canEdit(p: Proposal): boolean {
  return editable.has(p.kind);
}

function AmountField({
  id,
  amount,
  onChange,
}: {
  id: string;
  amount: BenefitValue["amount"];
  onChange: (a: BenefitValue["amount"]) => void;
}) {
  if (amount?.kind === "fixed")
    return (
      <MoneyInput
        id={id}
        value={amount.fen}
        onChange={(fen) => onChange({ ...amount, fen: fen ?? 0 })}
      />
    );
  if (amount?.kind === "per-unit")
    return (
      <MoneyInput
        id={id}
        value={amount.fenPerUnit}
        onChange={(fen) => onChange({ ...amount, fenPerUnit: fen ?? 0 })}
      />
    );
  return <span className="muted">此类金额在创建后的工作区中修改</span>;
}

function BenefitForm({
  id,
  value,
  set,
}: {
  id: string;
  value: BenefitValue;
  set: (v: BenefitValue) => void;
}) {
  const tiers = value.tiers;
  const setTier = (i: number, tier: Tier) =>
    set({ ...value, tiers: tiers?.map((t, j) => (j === i ? tier : t)) });
  return (
    <>
      <Form.Item label="待遇名称" htmlFor={`${id}-label`}>
        <Input
          id={`${id}-label`}
          value={value.label}
          onChange={(e) => set({ ...value, label: e.target.value })}
        />
      </Form.Item>
      <Form.Item label="发放周期" htmlFor={`${id}-period`}>
        <Select<Period>
          id={`${id}-period`}
          value={value.period ?? "once"}
          onChange={(period) => set({ ...value, period })}
          options={Object.entries(periodLabels).map(([v, label]) => ({
            value: v as Period,
            label,
          }))}
        />
      </Form.Item>
      <Form.Item label="领取对象" htmlFor={`${id}-recipient`}>
        <RecipientInput
          id={`${id}-recipient`}
          value={value.recipient}
          onChange={(r) => r && set({ ...value, recipient: r as BenefitValue["recipient"] })}
        />
      </Form.Item>
      {tiers ? (
        tiers.map((tier, i) => (
          <Space key={tier.id} className="tier-row" align="start">
            <Form.Item label={`第${i + 1}档名称`} htmlFor={`${id}-tier-${i}`}>
              <Input
                id={`${id}-tier-${i}`}
                value={tier.label}
                onChange={(e) => setTier(i, { ...tier, label: e.target.value })}
              />
            </Form.Item>
            <Form.Item label={`第${i + 1}档金额`} htmlFor={`${id}-tier-${i}-amount`}>
              <AmountField
                id={`${id}-tier-${i}-amount`}
                amount={tier.amount}
                onChange={(amount) => amount && setTier(i, { ...tier, amount })}
              />
            </Form.Item>
          </Space>
        ))
      ) : (
        <Form.Item label="金额" htmlFor={`${id}-amount`}>
          <AmountField
            id={`${id}-amount`}
            amount={value.amount}
            onChange={(amount) => set({ ...value, amount })}
          />
        </Form.Item>
      )}
    </>
  );
}

function ValueForm({ p, value, set }: { p: Proposal; value: unknown; set: (v: unknown) => void }) {
  const id = `edit-${p.id}`;
  switch (p.kind) {
    case "title":
    case "document-number":
    case "deadline":
      return (
        <Form.Item label={p.kind === "deadline" ? "截止日期（YYYY-MM-DD）" : "内容"} htmlFor={id}>
          <Input id={id} value={value as string} onChange={(e) => set(e.target.value)} />
        </Form.Item>
      );
    case "stage":
      return (
        <Form.Item label="稿件阶段" htmlFor={id}>
          <Select<Stage>
            id={id}
            value={value as Stage}
            onChange={set}
            options={Object.entries(stageLabels).map(([v, label]) => ({
              value: v as Stage,
              label,
            }))}
          />
        </Form.Item>
      );
    case "benefit":
      return <BenefitForm id={id} value={value as BenefitValue} set={set} />;
    case "treatment": {
      const t = value as Of<"treatment">;
      return (
        <Form.Item label="待遇名称" htmlFor={id}>
          <Input id={id} value={t.label} onChange={(e) => set({ ...t, label: e.target.value })} />
        </Form.Item>
      );
    }
    case "quota": {
      const q = value as Of<"quota">;
      return (
        <Space>
          <Form.Item label="每几年评选一次" htmlFor={`${id}-cycle`}>
            <NumberInput
              id={`${id}-cycle`}
              integer
              min={1}
              suffix="年"
              value={q.cycleYears}
              onChange={(cycleYears) => set({ ...q, cycleYears })}
            />
          </Form.Item>
          <Form.Item label="每次名额" htmlFor={`${id}-count`}>
            <NumberInput
              id={`${id}-count`}
              integer
              min={1}
              suffix="名"
              value={q.count}
              onChange={(count) => set({ ...q, count })}
            />
          </Form.Item>
        </Space>
      );
    }
    case "responsible-units": {
      const units = value as Of<"responsible-units">;
      return (
        <Form.Item label="责任单位（第一个为牵头单位）" htmlFor={id}>
          <Select
            id={id}
            mode="tags"
            value={units.map((u) => u.name)}
            onChange={(names: string[]) =>
              set(names.map((name, i) => ({ name, role: i === 0 ? "lead" : "support" })))
            }
          />
        </Form.Item>
      );
    }
    default:
      return null;
  }
}

/** Edits a copy of the proposal's value; 保存修改 hands it back as the drafter's decision. */
export function ProposalEdit({
  proposal,
  initial,
  onSave,
  onCancel,
}: {
  proposal: Proposal;
  initial: ProposalValue["value"];
  onSave: (value: ProposalValue["value"]) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState<unknown>(() => structuredClone(initial));
  return (
    <Form layout="vertical" size="small" className="proposal-edit">
      <ValueForm p={proposal} value={value} set={setValue} />
      <Space>
        <Button type="primary" size="small" onClick={() => onSave(value as ProposalValue["value"])}>
          保存修改
        </Button>
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
      </Space>
    </Form>
  );
}
