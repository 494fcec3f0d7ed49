import { type FieldValue, type FormField, type FormValues, moneyLabel } from "@jiangce/form-model";
import { useEffect, useRef } from "react";
import { FactInput } from "./entitlement-check-form.tsx";

/** A short human reading of an answer, for the list of what was asked. */
function answerText(field: FormField, value: FieldValue | undefined): string {
  const label = (v: string) => field.options.find((o) => o.value === v)?.label ?? v;
  if (value === undefined || value === "" || value === false) return "无 / 不清楚";
  if (value === true) return "是";
  if (typeof value === "string") return field.type === "money" ? `${value} 元` : label(value);
  if (value.length === 0) return "无 / 不清楚";
  if (typeof value[0] === "string") return (value as string[]).map(label).join("、");
  return `${value.length} 项`;
}

/**
 * One question at a time, the one the engine says can still change the most; the answers so
 * far stay listed, each can be reopened. Nothing unanswered left that can change the result:
 * the calculator says so and stops asking.
 */
export function CheckSteps({
  fields,
  asked,
  current,
  complete,
  values,
  onChange,
  onNext,
  onReopen,
}: {
  fields: ReadonlyMap<string, FormField>;
  asked: readonly string[];
  current: string | null;
  complete: boolean;
  values: FormValues;
  onChange: (key: string, value: FieldValue) => void;
  onNext: () => void;
  onReopen: (key: string) => void;
}) {
  const field = current ? fields.get(current) : undefined;
  const cardRef = useRef<HTMLFieldSetElement>(null);
  // a new question takes the focus, so a screen reader and a keyboard land on it
  useEffect(() => {
    if (current) cardRef.current?.focus();
  }, [current]);
  const shown = asked.filter((k) => fields.has(k));

  return (
    <div className="check-steps">
      {shown.length > 0 && (
        <ol className="asked-list" aria-label="已回答的问题">
          {shown.map((key) => {
            const f = fields.get(key)!;
            return (
              <li key={key} data-asked={key}>
                <span className="asked-label">{moneyLabel(f.label)}</span>
                <span className="asked-value">{answerText(f, values[key])}</span>
                <button type="button" className="link-button" onClick={() => onReopen(key)}>
                  修改<span className="visually-hidden">“{moneyLabel(f.label)}”</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {field ? (
        <fieldset
          ref={cardRef}
          tabIndex={-1}
          className="check-card step-card"
          data-question={field.key}
        >
          <legend>第 {shown.length + 1} 题</legend>
          <div className="check-grid">
            <FactInput field={field} value={values[field.key]} onChange={onChange} />
          </div>
          <p className="step-hint">没有或不清楚，可直接点“下一题”。</p>
          <div className="check-actions">
            <button type="button" className="primary-button" onClick={onNext}>
              下一题
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="notice step-done" role="status" data-complete={complete}>
          {complete
            ? "问完了：其余信息不会改变计算结果。以下是按您的回答计算的完整结果。"
            : "可回答的问题已经问完。以下是按您的回答计算的结果。"}
        </div>
      )}
    </div>
  );
}
