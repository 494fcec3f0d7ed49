// The inspector's controls, bound to one value each. Money is typed in 元 and stored in integer
// 分; dates are ISO days; an emptied optional field is removed (undefined), not stored as "".
import { recipientKindLabels, recipientKinds } from "@jiangce/rule-schema";
import { DatePicker, Input, InputNumber, Select, Switch } from "antd";
import dayjs from "dayjs";

interface Bound<T> {
  id: string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}

const orUndefined = (s: string) => (s === "" ? undefined : s);

export function TextInput({
  id,
  value,
  onChange,
  placeholder,
}: Bound<string> & { placeholder?: string }) {
  return (
    <Input
      id={id}
      value={value ?? ""}
      placeholder={placeholder}
      onChange={(e) => onChange(orUndefined(e.target.value))}
    />
  );
}

export function LongText({ id, value, onChange, rows = 4 }: Bound<string> & { rows?: number }) {
  return (
    <Input.TextArea
      id={id}
      value={value ?? ""}
      autoSize={{ minRows: rows }}
      onChange={(e) => onChange(orUndefined(e.target.value))}
    />
  );
}

export function NumberInput({
  id,
  value,
  onChange,
  suffix,
  min,
  integer,
}: Bound<number> & { suffix?: string; min?: number; integer?: boolean }) {
  return (
    <InputNumber
      id={id}
      value={value}
      min={min}
      precision={integer ? 0 : undefined}
      suffix={suffix}
      onChange={(v) => onChange(v === null ? undefined : Number(v))}
    />
  );
}

/** 元 on screen, integer 分 in the program: 10万元 → 10000000. */
export function MoneyInput({ id, value, onChange }: Bound<number>) {
  return (
    <InputNumber
      id={id}
      min={0}
      precision={2}
      suffix="元"
      style={{ width: 200 }}
      value={value === undefined ? undefined : value / 100}
      onChange={(v) => onChange(v === null ? undefined : Math.round(Number(v) * 100))}
    />
  );
}

export function DateInput({ id, value, onChange }: Bound<string>) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format("YYYY-MM-DD") : undefined)}
    />
  );
}

export function ChoiceInput<T extends string>({
  id,
  value,
  onChange,
  labels,
  allowClear,
}: Bound<T> & { labels: Readonly<Record<T, string>>; allowClear?: boolean }) {
  return (
    <Select<T>
      id={id}
      style={{ minWidth: 200 }}
      value={value}
      allowClear={allowClear}
      placeholder="请选择"
      onChange={(v) => onChange(v ?? undefined)}
      options={(Object.entries(labels) as [T, string][]).map(([v, label]) => ({ value: v, label }))}
    />
  );
}

export function Toggle({ id, value, onChange }: Bound<boolean>) {
  return <Switch id={id} checked={value ?? false} onChange={(v) => onChange(v)} />;
}

/** A list of short texts (依据文件, 章节路径, 单位名称): typed, Enter to add. */
export function TextList({
  id,
  value,
  onChange,
  placeholder,
}: Bound<string[]> & { placeholder?: string }) {
  return (
    <Select
      id={id}
      mode="tags"
      open={false}
      style={{ width: "100%" }}
      value={value ?? []}
      placeholder={placeholder ?? "输入后回车添加"}
      onChange={(v: string[]) => onChange(v)}
    />
  );
}

/** recipient: one kind, or several (stored as a list only when more than one). */
export function RecipientInput({ id, value, onChange }: Bound<string | string[]>) {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return (
    <Select
      id={id}
      mode="multiple"
      style={{ minWidth: 240 }}
      value={list}
      placeholder="选择对象类型"
      onChange={(v: string[]) => onChange(v.length === 0 ? undefined : v.length === 1 ? v[0] : v)}
      options={recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }))}
    />
  );
}
