import type { Quota } from "@jiangce/rule-schema";
import { formatQuota } from "@jiangce/rule-schema";
import { Button, Space } from "antd";
import type { Path } from "../workspace/draft-model.ts";
import { NumberInput, TextInput, Toggle } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const FIELDS = ["count", "approximate", "cycleYears", "note"] as const;
export const QUOTA_PATHS = {
  benefit: declareHandled("clauses[].benefits[].quota", FIELDS),
  tier: declareHandled("clauses[].benefits[].tiers[].quota", FIELDS),
  treatment: declareHandled("clauses[].treatments[].quota", FIELDS),
};

/** 名额: 每2年评选一次，每次20名左右. */
export function QuotaEditor({
  at,
  paths,
  value,
  onChange,
}: {
  at: Path;
  paths: Record<(typeof FIELDS)[number], string>;
  value: Quota | undefined;
  onChange: (quota: Quota | undefined) => void;
}) {
  if (!value)
    return (
      <Button size="small" onClick={() => onChange({ count: 10, approximate: true })}>
        设置名额
      </Button>
    );
  const set = (key: keyof Quota, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Quota);
  };
  return (
    <div className="quota-editor">
      <Space wrap>
        <Field label="名额" at={[...at, "count"]} schema={paths.count}>
          {(id) => (
            <NumberInput
              id={id}
              integer
              min={1}
              suffix="名"
              value={value.count}
              onChange={(x) => set("count", x)}
            />
          )}
        </Field>
        <Field label="约数（左右）" at={[...at, "approximate"]} schema={paths.approximate}>
          {(id) => (
            <Toggle id={id} value={value.approximate} onChange={(x) => set("approximate", x)} />
          )}
        </Field>
        <Field label="评选周期" at={[...at, "cycleYears"]} schema={paths.cycleYears}>
          {(id) => (
            <NumberInput
              id={id}
              integer
              min={1}
              suffix="年"
              value={value.cycleYears}
              onChange={(x) => set("cycleYears", x)}
            />
          )}
        </Field>
      </Space>
      <Field label="名额说明" at={[...at, "note"]} schema={paths.note}>
        {(id) => <TextInput id={id} value={value.note} onChange={(x) => set("note", x)} />}
      </Field>
      <Space>
        <span className="muted">
          读作：
          {value.count !== undefined || value.cycleYears !== undefined
            ? formatQuota(value)
            : "（未填写）"}
        </span>
        <Button size="small" type="link" danger onClick={() => onChange(undefined)}>
          取消名额
        </Button>
      </Space>
    </div>
  );
}
