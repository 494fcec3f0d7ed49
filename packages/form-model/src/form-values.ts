// The inverse of profileFromForm: a stored profile's facts as the form's values, so a saved test
// case can be opened in the editor's simulator (and a profile refilled in any form built here).
import type { FieldValue, FormField, FormValues, RecordRow } from "./form-model.ts";

/** Fen as the 元 text people type (exact: 123456 → "1234.56"). */
export function fenToYuanText(fen: number): string {
  const cents = fen % 100;
  return `${Math.floor(fen / 100)}${cents === 0 ? "" : `.${String(cents).padStart(2, "0")}`}`;
}

function scalarText(type: string, value: unknown): string | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (type === "boolean") return value === true;
  if (type === "money" && typeof value === "number") return fenToYuanText(value);
  return String(value);
}

/** The form values of the facts the given fields show; facts no field shows are left out. */
export function formValuesFromFacts(
  fields: readonly FormField[],
  facts: Readonly<Record<string, unknown>>,
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const fact = facts[field.key];
    if (fact === undefined) continue;
    let value: FieldValue | undefined;
    if (field.type === "set") value = Array.isArray(fact) ? fact.map(String) : undefined;
    else if (field.type === "records")
      value = Array.isArray(fact)
        ? fact.map((record) => {
            const row: RecordRow = {};
            for (const f of field.fields) {
              const cell = scalarText(f.type, (record as Record<string, unknown>)[f.key]);
              if (cell !== undefined) row[f.key] = cell;
            }
            return row;
          })
        : undefined;
    else value = scalarText(field.type, fact);
    if (value !== undefined) values[field.key] = value;
  }
  return values;
}
