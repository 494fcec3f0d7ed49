import type { FieldValue, FormGroup, FormValues } from "@jiangce/form-model";
import { FactInput } from "./entitlement-check-form.tsx";

/** "显示全部问题": every question of the programs in scope on one form, for those who prefer it. */
export function CheckAllQuestions({
  groups,
  values,
  onChange,
}: {
  groups: readonly FormGroup[];
  values: FormValues;
  onChange: (key: string, value: FieldValue) => void;
}) {
  return (
    <>
      {groups.map((group) => (
        <fieldset
          key={group.programId ?? "national"}
          className="check-card"
          data-group={group.programId ?? "national"}
        >
          <legend>{group.title}</legend>
          <div className="check-grid">
            {group.fields.map((field) => (
              <FactInput
                key={field.key}
                field={field}
                value={values[field.key]}
                onChange={onChange}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
