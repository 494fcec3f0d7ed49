import type { ColumnValues, RosterUpload, ValueTarget } from "./types.ts";

/** Raw text → catalogue value per value key (`skillLevel`, `competitions.medal`), as the mapping keeps it. */
export type ValueChoices = Record<string, Record<string, string>>;

/** A mapped column whose fact has a set of values, with the raw values found in the file. */
export interface ValueColumn {
  header: string;
  target: ValueTarget;
  values: ColumnValues["values"];
  /** rows holding values beyond those listed (more distinct values than the scan keeps) */
  otherRows: number;
}

/** The columns the page asks values for: mapped to a fact or record field with values. */
export function valueColumns(upload: RosterUpload, columns: Record<string, string>): ValueColumn[] {
  const byTarget = new Map(upload.valueTargets.map((t) => [t.target, t]));
  return upload.columns.flatMap((c) => {
    const target = byTarget.get(columns[c.header] ?? "ignore");
    if (target === undefined || c.values.length === 0) return [];
    // a list fact (荣誉: 湖北工匠、武汉工匠) is mapped value by value, as the run reads it
    const values = target.list && c.parts !== null ? c.parts : c.values;
    return [{ header: c.header, target, values, otherRows: c.otherRows }];
  });
}

/**
 * The first choices: the district's saved values, then what the server suggests for each raw
 * text (a label that matches or is contained; 无/不适用 where the district chose it).
 */
export function initialChoices(upload: RosterUpload): ValueChoices {
  const choices: ValueChoices = {};
  for (const [key, values] of Object.entries(upload.valueSuggestions)) choices[key] = { ...values };
  for (const [key, values] of Object.entries(upload.mapping.values ?? {}))
    choices[key] = { ...choices[key], ...values };
  return choices;
}

/**
 * What the run and the district keep: the saved values of other files, and for the columns
 * now mapped, the raw values of this file staff left mapped. Values left empty are unknown:
 * listed with their rows after the run.
 */
export function chosenValues(
  upload: RosterUpload,
  columns: readonly ValueColumn[],
  choices: ValueChoices,
): ValueChoices {
  const out: ValueChoices = {};
  for (const [key, values] of Object.entries(upload.mapping.values ?? {})) out[key] = { ...values };
  for (const column of columns) {
    const key = column.target.key;
    for (const { value: raw } of column.values) {
      const chosen = choices[key]?.[raw];
      out[key] ??= {};
      if (chosen === undefined) delete out[key][raw];
      else out[key][raw] = chosen;
    }
  }
  return out;
}
