import type { Validity } from "@jiangce/rule-schema";
import { Radio, Space } from "antd";
import { DateInput, LongText, NumberInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const P = declareHandled("validity", ["issued", "published", "text"] as const);
const E = declareHandled("validity.effective", ["from", "date"] as const);
const X = declareHandled("validity.expiry", ["kind", "date", "years", "months"] as const);

/** 有效期: from issue / publication / a date; until a last day, for a duration, or open. */
export function ValidityEditor({
  value,
  onChange,
}: {
  value: Validity | undefined;
  onChange: (v: Validity) => void;
}) {
  const v: Validity = value ?? { effective: { from: "publication" }, expiry: { kind: "open" } };
  const set = (key: keyof Validity, x: unknown) => {
    const next = { ...v } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Validity);
  };
  const expiry = v.expiry as Record<string, unknown>;
  return (
    <div className="validity-editor">
      <Space wrap>
        <Field label="印发日期" at={["validity", "issued"]} schema={P.issued}>
          {(id) => <DateInput id={id} value={v.issued} onChange={(x) => set("issued", x)} />}
        </Field>
        <Field label="公布日期" at={["validity", "published"]} schema={P.published}>
          {(id) => <DateInput id={id} value={v.published} onChange={(x) => set("published", x)} />}
        </Field>
      </Space>
      <Field label="生效" at={["validity", "effective", "from"]} schema={E.from}>
        <Radio.Group
          value={v.effective.from}
          onChange={(e) => set("effective", { from: e.target.value })}
          options={[
            { value: "issue", label: "自印发之日起" },
            { value: "publication", label: "自公布之日起" },
            { value: "date", label: "自指定日期起" },
          ]}
        />
      </Field>
      {v.effective.from === "date" && (
        <Field label="生效日期" at={["validity", "effective", "date"]} schema={E.date}>
          {(id) => (
            <DateInput
              id={id}
              value={v.effective.date}
              onChange={(x) => set("effective", { from: "date", ...(x ? { date: x } : {}) })}
            />
          )}
        </Field>
      )}
      <Field label="有效期" at={["validity", "expiry"]} schema={X.kind}>
        <Radio.Group
          value={v.expiry.kind}
          onChange={(e) => {
            const kind = e.target.value as Validity["expiry"]["kind"];
            set(
              "expiry",
              kind === "last-day"
                ? { kind, date: "" }
                : kind === "duration"
                  ? { kind, years: 5 }
                  : { kind },
            );
          }}
          options={[
            { value: "last-day", label: "至某日止" },
            { value: "duration", label: "有效期若干年/月" },
            { value: "open", label: "未规定" },
          ]}
        />
      </Field>
      {v.expiry.kind === "last-day" && (
        <Field label="最后一日（含）" at={["validity", "expiry", "date"]} schema={X.date}>
          {(id) => (
            <DateInput
              id={id}
              value={(expiry.date as string) || undefined}
              onChange={(x) => set("expiry", { kind: "last-day", date: x ?? "" })}
            />
          )}
        </Field>
      )}
      {v.expiry.kind === "duration" && (
        <Space wrap>
          <Field label="年" at={["validity", "expiry", "years"]} schema={X.years}>
            {(id) => (
              <NumberInput
                id={id}
                integer
                min={0}
                suffix="年"
                value={expiry.years as number | undefined}
                onChange={(x) => set("expiry", { ...expiry, years: x })}
              />
            )}
          </Field>
          <Field label="月" at={["validity", "expiry", "months"]} schema={X.months}>
            {(id) => (
              <NumberInput
                id={id}
                integer
                min={0}
                suffix="个月"
                value={expiry.months as number | undefined}
                onChange={(x) => set("expiry", { ...expiry, months: x })}
              />
            )}
          </Field>
        </Space>
      )}
      <Field label="原文表述" at={["validity", "text"]} schema={P.text}>
        {(id) => <LongText id={id} rows={1} value={v.text} onChange={(x) => set("text", x)} />}
      </Field>
    </div>
  );
}
