import {
  type FieldValue,
  type FormField,
  type FormValues,
  moneyLabel,
  type Option,
  type RecordRow,
} from "@jiangce/form-model";
import type { FactField } from "@jiangce/rule-schema";
import { memo, useId } from "react";

type Change = (key: string, value: FieldValue) => void;

function placeholderOf(type: string): string {
  return type === "ordered" ? "（无 / 未取得）" : "（未填写）";
}

/** One scalar input: select for enum/ordered (ordered lowest first), number, 元, date, text. */
function ScalarInput({
  id,
  field,
  value,
  onChange,
  label,
}: {
  id: string;
  field: Pick<FormField, "type" | "options" | "unit"> & { key: string };
  value: string;
  onChange: (value: string) => void;
  label: string;
}) {
  if (field.type === "enum" || field.type === "ordered") {
    return (
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">{placeholderOf(field.type)}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === "date") {
    return (
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
      />
    );
  }
  const numeric = field.type === "number" || field.type === "money";
  return (
    <span className={field.unit ? "with-unit" : undefined}>
      <input
        id={id}
        type="text"
        inputMode={
          field.type === "money" ? "decimal" : field.type === "number" ? "numeric" : "text"
        }
        value={value}
        placeholder={field.type === "money" ? "如 3000 或 1.5万" : numeric ? "0" : ""}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
      />
      {field.unit && <span className="unit">{field.unit}</span>}
    </span>
  );
}

/** A set fact as a checkbox list, values grouped by who added them (national, then programs). */
function CheckboxSet({
  field,
  value,
  onChange,
}: {
  field: FormField;
  value: string[];
  onChange: Change;
}) {
  const groups = new Map<string, Option[]>();
  for (const o of field.options) {
    const k = o.source ?? "";
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const toggle = (v: string, on: boolean) =>
    onChange(field.key, on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset className="check-field wide">
      <legend>{field.label}</legend>
      {[...groups].map(([source, options]) => (
        <div key={source} className="check-set">
          {source && <div className="check-set-source">{source}</div>}
          <div className="check-set-options">
            {options.map((o) => (
              <label key={o.value} className="tick">
                <input
                  type="checkbox"
                  name={field.key}
                  value={o.value}
                  checked={value.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
                {o.label}
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

const fieldUnit = (f: FactField) => (f.type === "money" ? "元" : f.key === "year" ? "年" : null);

/** A records fact (竞赛成绩): repeatable rows, one input per field. */
function RecordRows({
  field,
  value,
  onChange,
}: {
  field: FormField;
  value: RecordRow[];
  onChange: Change;
}) {
  const id = useId();
  const set = (index: number, key: string, v: string | boolean) =>
    onChange(
      field.key,
      value.map((row, i) => (i === index ? { ...row, [key]: v } : row)),
    );
  return (
    <fieldset className="check-field wide records" data-fact={field.key}>
      <legend>{field.label}</legend>
      {value.length === 0 && <p className="muted-line">未填写。如有，请点击下方按钮逐项添加。</p>}
      {value.map((row, index) => (
        // rows have no identity of their own; their position is what the person edits
        <div key={index} className="record-row" data-row={index}>
          <div className="record-head">
            <span>第 {index + 1} 项</span>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                onChange(
                  field.key,
                  value.filter((_, i) => i !== index),
                )
              }
            >
              删除
            </button>
          </div>
          <div className="record-fields">
            {field.fields.map((f) => {
              const inputId = `${id}-${index}-${f.key}`;
              const label = moneyLabel(f.label);
              if (f.type === "boolean") {
                return (
                  <label key={f.key} className="tick record-tick">
                    <input
                      type="checkbox"
                      checked={row[f.key] === true}
                      onChange={(e) => set(index, f.key, e.target.checked)}
                    />
                    {label}
                  </label>
                );
              }
              return (
                <div key={f.key} className="check-field">
                  <label htmlFor={inputId}>{label}</label>
                  <ScalarInput
                    id={inputId}
                    label={label}
                    field={{
                      key: f.key,
                      type: f.type,
                      unit: fieldUnit(f),
                      options: (f.values ?? []).map((v) => ({ ...v, source: null })),
                    }}
                    value={typeof row[f.key] === "string" ? (row[f.key] as string) : ""}
                    onChange={(v) => set(index, f.key, v)}
                  />
                </div>
              );
            })}
          </div>
        </div>
      ))}
      <button
        type="button"
        className="secondary-button"
        onClick={() => onChange(field.key, [...value, {}])}
      >
        ＋ 添加一项{field.label.replace(/成绩$/, "")}成绩
      </button>
    </fieldset>
  );
}

/**
 * One fact of the catalogue as a form control. Memoised on its own value: an answer re-renders
 * its own control, not every control of the form (the result must follow within a frame).
 */
export const FactInput = memo(function FactInput({
  field,
  value,
  onChange,
}: {
  field: FormField;
  value: FormValues[string] | undefined;
  onChange: Change;
}) {
  const id = useId();
  if (field.type === "set")
    return (
      <CheckboxSet
        field={field}
        value={Array.isArray(value) ? (value as string[]) : []}
        onChange={onChange}
      />
    );
  if (field.type === "records")
    return (
      <RecordRows
        field={field}
        value={Array.isArray(value) ? (value as RecordRow[]) : []}
        onChange={onChange}
      />
    );
  if (field.type === "boolean") {
    return (
      <label className="tick check-field wide boolean">
        <input
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(field.key, e.target.checked)}
        />
        <span>
          {field.label}
          {field.description && <small>{field.description}</small>}
        </span>
      </label>
    );
  }
  const label = field.type === "money" ? moneyLabel(field.label) : field.label;
  return (
    <div className="check-field">
      <label htmlFor={id}>{label}</label>
      <ScalarInput
        id={id}
        label={label}
        field={field}
        value={typeof value === "string" ? value : ""}
        onChange={(v) => onChange(field.key, v)}
      />
      {field.description && <small>{field.description}</small>}
    </div>
  );
});
