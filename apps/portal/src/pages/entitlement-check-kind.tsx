import { kindLabel } from "@jiangce/form-model";
import { memo } from "react";

/**
 * "您是": person, employer, school… then the form's options (all questions at once, the date of
 * the calculation). Memoised: an answer elsewhere on the form leaves these controls alone.
 */
export const KindPicker = memo(function KindPicker({
  kinds,
  kind,
  all,
  asOf,
  onKind,
  onAll,
  onAsOf,
}: {
  kinds: readonly string[];
  kind: string;
  all: boolean;
  asOf: string;
  onKind: (kind: string) => void;
  onAll: (all: boolean) => void;
  onAsOf: (asOf: string | null) => void;
}) {
  return (
    <fieldset className="check-card kind-picker">
      <legend>您是</legend>
      <div className="kind-options" role="radiogroup" aria-label="对象类型">
        {kinds.map((k) => (
          <label key={k} className={`kind-option${k === kind ? " active" : ""}`}>
            <input
              type="radio"
              name="recipientKind"
              value={k}
              checked={k === kind}
              onChange={() => onKind(k)}
            />
            {kindLabel(k)}
          </label>
        ))}
      </div>
      {kind && (
        <div className="check-options">
          <label className="check-inline">
            <input type="checkbox" checked={all} onChange={(e) => onAll(e.target.checked)} />
            显示全部问题
          </label>
          <div className="check-field as-of">
            <label htmlFor="check-as-of">计算日期</label>
            <input
              id="check-as-of"
              type="date"
              value={asOf}
              onChange={(e) => onAsOf(e.target.value || null)}
            />
            <small>默认今天（北京时间）；可改为其他日期查看当时施行的政策</small>
          </div>
        </div>
      )}
    </fieldset>
  );
});
