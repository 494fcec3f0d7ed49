import type { ConditionValue } from "@jiangce/rule-schema";
import { DatePicker, Input, InputNumber, Radio, Select, Space } from "antd";
import dayjs from "dayjs";
import type { ValueWidget } from "./operators.ts";
import { RegionPicker } from "./region-picker.tsx";

export interface ValueOption {
  value: string;
  label: string;
}

const yuan = (fen: unknown) => (typeof fen === "number" ? fen / 100 : null);
// money is integer fen: the drafter types 元, the program stores 分 without float residue
const fen = (value: number | null) => (value === null ? 0 : Math.round(value * 100));
const day = (iso: unknown) => (typeof iso === "string" && iso ? dayjs(iso) : null);

/** The value of one comparison, with the widget its fact type and operator call for. */
export function ValueInput({
  widget,
  value,
  onChange,
  options,
  unit,
}: {
  widget: ValueWidget;
  value: ConditionValue | undefined;
  onChange: (value: ConditionValue | undefined) => void;
  options: readonly ValueOption[];
  unit?: string | undefined;
}) {
  const pair = Array.isArray(value) ? value : [];
  switch (widget) {
    case "none":
      return null;
    case "boolean":
      return (
        <Radio.Group
          value={value}
          onChange={(e) => onChange(e.target.value as boolean)}
          options={[
            { value: true, label: "是" },
            { value: false, label: "否" },
          ]}
        />
      );
    case "option":
      return (
        <Select
          aria-label="比较值"
          style={{ minWidth: 180 }}
          showSearch={{ optionFilterProp: "label" }}
          value={value as string | undefined}
          placeholder="选择"
          onChange={(v: string) => onChange(v)}
          options={[...options]}
        />
      );
    case "options":
      return (
        <Select
          aria-label="比较值"
          mode="multiple"
          style={{ minWidth: 240 }}
          showSearch={{ optionFilterProp: "label" }}
          value={pair as string[]}
          placeholder="可多选"
          onChange={(v: string[]) => onChange(v)}
          options={[...options]}
        />
      );
    case "tags":
      return (
        <Select
          aria-label="比较值"
          mode="tags"
          style={{ minWidth: 240 }}
          value={pair as string[]}
          placeholder="输入后回车"
          onChange={(v: string[]) => onChange(v)}
        />
      );
    case "text":
      return (
        <Input
          aria-label="比较值"
          style={{ width: 200 }}
          value={(value as string | undefined) ?? ""}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case "number":
      return (
        <InputNumber
          aria-label="比较值"
          value={value as number | undefined}
          suffix={unit}
          onChange={(v) => onChange(v ?? undefined)}
        />
      );
    case "number-range":
      return (
        <Space>
          <InputNumber
            aria-label="下限"
            value={pair[0] as number}
            suffix={unit}
            onChange={(v) => onChange([v ?? 0, (pair[1] as number) ?? 0])}
          />
          至
          <InputNumber
            aria-label="上限"
            value={pair[1] as number}
            suffix={unit}
            onChange={(v) => onChange([(pair[0] as number) ?? 0, v ?? 0])}
          />
        </Space>
      );
    case "money":
      return (
        <InputNumber
          aria-label="金额"
          min={0}
          precision={2}
          suffix="元"
          value={yuan(value)}
          onChange={(v) => onChange(fen(v))}
        />
      );
    case "money-range":
      return (
        <Space>
          <InputNumber
            aria-label="下限"
            min={0}
            precision={2}
            suffix="元"
            value={yuan(pair[0])}
            onChange={(v) => onChange([fen(v), (pair[1] as number) ?? 0])}
          />
          至
          <InputNumber
            aria-label="上限"
            min={0}
            precision={2}
            suffix="元"
            value={yuan(pair[1])}
            onChange={(v) => onChange([(pair[0] as number) ?? 0, fen(v)])}
          />
        </Space>
      );
    case "date":
      return (
        <DatePicker
          aria-label="日期"
          value={day(value)}
          onChange={(d) => onChange(d ? d.format("YYYY-MM-DD") : undefined)}
        />
      );
    case "date-range":
      return (
        <DatePicker.RangePicker
          value={[day(pair[0]), day(pair[1])]}
          onChange={(range) =>
            onChange(
              range?.[0] && range[1]
                ? [range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")]
                : undefined,
            )
          }
        />
      );
    case "region":
      return <RegionPicker value={value as string | undefined} onChange={onChange} />;
  }
}
