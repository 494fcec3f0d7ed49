import type { Tier } from "@jiangce/rule-schema";
import { Button, Card } from "antd";
import { ConditionBuilder } from "../condition/condition-builder.tsx";
import type { Scope } from "../condition/subjects.ts";
import { freshId, type Path } from "../workspace/draft-model.ts";
import { AMOUNT_PATHS, AmountEditor } from "./amount-editor.tsx";
import { TextInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { QUOTA_PATHS, QuotaEditor } from "./quota-editor.tsx";

const P = declareHandled("clauses[].benefits[].tiers[]", ["id", "label", "conditions"] as const);

/** 分档: the highest tier whose conditions hold is paid (就高). */
export function TiersEditor({
  at,
  tiers,
  onChange,
  scope,
}: {
  at: Path;
  tiers: Tier[];
  onChange: (tiers: Tier[]) => void;
  scope: Scope;
}) {
  const setTier = (i: number, tier: Tier) => onChange(tiers.map((t, j) => (j === i ? tier : t)));
  const add = () =>
    onChange([
      ...tiers,
      {
        id: freshId(
          "tier",
          tiers.map((t) => t.id),
        ),
        label: `第${tiers.length + 1}档`,
        amount: { kind: "fixed", fen: 0 },
      },
    ]);
  return (
    <div className="tiers-editor">
      {tiers.map((tier, i) => {
        const here = [...at, i];
        const set = (key: keyof Tier, x: unknown) => {
          const next = { ...tier } as Record<string, unknown>;
          if (x === undefined) delete next[key];
          else next[key] = x;
          setTier(i, next as Tier);
        };
        return (
          <Card
            key={tier.id}
            size="small"
            className="tier"
            title={`档次 ${i + 1}：${tier.label}`}
            extra={
              <Button
                size="small"
                type="text"
                danger
                onClick={() => onChange(tiers.filter((_, j) => j !== i))}
              >
                删除档次
              </Button>
            }
          >
            <Field label="档次名称" at={[...here, "label"]} schema={P.label}>
              {(id) => (
                <TextInput id={id} value={tier.label} onChange={(x) => set("label", x ?? "")} />
              )}
            </Field>
            <Field label="档次标识" at={[...here, "id"]} schema={P.id}>
              {(id) => <TextInput id={id} value={tier.id} onChange={(x) => set("id", x ?? "")} />}
            </Field>
            <Field label="本档条件" at={[...here, "conditions"]} schema={P.conditions}>
              <ConditionBuilder
                scope={scope}
                value={tier.conditions}
                onChange={(c) => set("conditions", c)}
              />
            </Field>
            <AmountEditor
              at={[...here, "amount"]}
              paths={AMOUNT_PATHS.tier}
              value={tier.amount}
              onChange={(a) => set("amount", a)}
              scope={scope}
            />
            <Field label="本档名额" at={[...here, "quota"]} schema={QUOTA_PATHS.tier.count}>
              <QuotaEditor
                at={[...here, "quota"]}
                paths={QUOTA_PATHS.tier}
                value={tier.quota}
                onChange={(q) => set("quota", q)}
              />
            </Field>
          </Card>
        );
      })}
      <Button onClick={add}>添加档次</Button>
    </div>
  );
}
