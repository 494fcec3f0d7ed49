// The lists inside a fact declaration: its values (with Chinese labels) and the fields of a
// record fact. Shared by the program's facts and the regional catalogues (same declarations).

import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import type { FactField, FactValueOption } from "@jiangce/rule-schema";
import { Button, Input, Select, Space } from "antd";
import { declareHandled } from "./handled-paths.ts";

const V = declareHandled("facts[].values[]", ["value", "label"] as const);
const FF = declareHandled("facts[].fields[]", ["key", "label", "type", "values"] as const);
const FV = declareHandled("facts[].fields[].values[]", ["value", "label"] as const);

export const factTypeLabels: Record<string, string> = {
  boolean: "是/否",
  number: "数字",
  money: "金额",
  date: "日期",
  string: "文字",
  enum: "单选",
  ordered: "等级（有序）",
  set: "多选集合",
  records: "记录列表",
  region: "行政区划",
};

/** The list with the item at `from` moved to `to` (out of range: unchanged). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || to < 0 || to >= list.length || from < 0 || from >= list.length)
    return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1) as [T];
  next.splice(to, 0, item);
  return next;
}

/**
 * A value renamed: its identifier follows the Chinese name while nobody set it apart (empty or
 * equal to the old name), so staff type a name once; an identifier typed on purpose stays.
 */
export function withLabel(option: FactValueOption, label: string): FactValueOption {
  const follows = option.value === "" || option.value === option.label;
  return { ...option, label, value: follows ? label : option.value };
}

/** Values with Chinese labels; arrows reorder them (an ordered fact's levels: lowest first). */
export function OptionsEditor({
  value,
  onChange,
  schema = V,
}: {
  value: FactValueOption[];
  onChange: (v: FactValueOption[]) => void;
  schema?: { value: string; label: string };
}) {
  return (
    <div>
      {value.map((o, i) => (
        <Space key={i}>
          <Input
            aria-label="中文名称"
            placeholder="中文名称"
            data-schema={schema.label}
            value={o.label}
            onChange={(e) =>
              onChange(value.map((x, j) => (j === i ? withLabel(x, e.target.value) : x)))
            }
          />
          <Input
            aria-label="取值标识"
            placeholder="标识（默认同名称）"
            data-schema={schema.value}
            value={o.value}
            onChange={(e) =>
              onChange(value.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))
            }
          />
          <Button
            size="small"
            type="text"
            aria-label="上移"
            title="上移"
            icon={<ArrowUpOutlined />}
            disabled={i === 0}
            onClick={() => onChange(moveItem(value, i, i - 1))}
          />
          <Button
            size="small"
            type="text"
            aria-label="下移"
            title="下移"
            icon={<ArrowDownOutlined />}
            disabled={i === value.length - 1}
            onClick={() => onChange(moveItem(value, i, i + 1))}
          />
          <Button
            size="small"
            type="text"
            danger
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            删除
          </Button>
        </Space>
      ))}
      <Button size="small" onClick={() => onChange([...value, { value: "", label: "" }])}>
        添加可选值
      </Button>
    </div>
  );
}

/** The fields of a record fact (key, Chinese name, type, values). */
export function RecordFieldsEditor({
  fields,
  onChange,
}: {
  fields: FactField[];
  onChange: (f: FactField[]) => void;
}) {
  return (
    <div>
      {fields.map((field: FactField, k) => (
        <Space key={field.key || k} wrap>
          <Input
            aria-label="字段名"
            data-schema={FF.key}
            value={field.key}
            onChange={(e) =>
              onChange(fields.map((x, m) => (m === k ? { ...x, key: e.target.value } : x)))
            }
          />
          <Input
            aria-label="字段中文名"
            data-schema={FF.label}
            value={field.label}
            onChange={(e) =>
              onChange(fields.map((x, m) => (m === k ? { ...x, label: e.target.value } : x)))
            }
          />
          <Select
            aria-label="字段类型"
            data-schema={FF.type}
            style={{ width: 120 }}
            value={field.type}
            onChange={(t) => onChange(fields.map((x, m) => (m === k ? { ...x, type: t } : x)))}
            options={["boolean", "number", "money", "date", "string", "enum", "ordered"].map(
              (t) => ({ value: t, label: factTypeLabels[t] }),
            )}
          />
          <span data-schema={FF.values}>
            <OptionsEditor
              schema={FV}
              value={field.values ?? []}
              onChange={(v) =>
                onChange(
                  fields.map((x, m) => (m === k ? { ...x, values: v.length ? v : undefined } : x)),
                )
              }
            />
          </span>
        </Space>
      ))}
      <Button
        size="small"
        onClick={() => onChange([...fields, { key: "", label: "", type: "boolean" }])}
      >
        添加字段
      </Button>
    </div>
  );
}
