import { RosterFileError, type RosterLimits } from "../limits.ts";
import { listParts } from "../mapping/row-mapper.ts";
import { batchesOf, recordsOf } from "../read/batches.ts";

/** A raw cell text of a column, how many rows hold it and the first lines it is on. */
export interface DistinctValue {
  value: string;
  count: number;
  lines: number[];
}

/** The distinct values of one column, the first `maxDistinct` of them; the rest counted. */
export interface ColumnValues {
  header: string;
  values: DistinctValue[];
  /** rows whose value is not among `values` (the column has more distinct values than kept) */
  otherRows: number;
}

/**
 * What the mapping step needs of an upload: the header, the first rows, and per column the
 * distinct values found in the whole file (to map them to catalogue values before the run),
 * and the number of data rows (the run's progress is rows done of these).
 */
export interface RosterPreview {
  header: string[];
  sample: string[][];
  encoding: string | null;
  /** data rows, counted as a run counts them (rows that cannot be read included) */
  rows: number;
  columns: ColumnValues[];
}

export interface PreviewOptions {
  sample?: number;
  /** distinct values kept per column */
  maxDistinct?: number;
  /** lines kept per value */
  maxLines?: number;
}

/**
 * Read a roster file once, under the same limits as a run, without evaluating it: header,
 * sample rows, the row count and each column's distinct values (bounded: `maxDistinct` values
 * per column, `maxLines` lines per value, so a column of names or identity numbers costs no
 * more than a column of levels).
 */
export async function previewRoster(
  path: string,
  limits: RosterLimits,
  options: PreviewOptions = {},
): Promise<RosterPreview> {
  const { sample = 5, maxDistinct = 200, maxLines = 5 } = options;
  const preview: RosterPreview = { header: [], sample: [], encoding: null, rows: 0, columns: [] };
  let distinct: Map<string, DistinctValue>[] = [];
  const batches = batchesOf(
    path,
    limits,
    (h) => {
      preview.header = h;
      preview.columns = h.map((header) => ({ header, values: [], otherRows: 0 }));
      distinct = h.map(() => new Map());
    },
    (e) => {
      preview.encoding = e;
    },
  );
  for await (const batch of batches) {
    const { records, errors } = recordsOf(batch);
    preview.rows += records.length + errors.length;
    if (preview.rows > limits.maxRows)
      throw new RosterFileError("too_many_rows", `超过 ${limits.maxRows} 行上限，请分批上传`);
    for (const r of records) {
      if (preview.sample.length < sample) preview.sample.push(r.fields);
      const width = Math.min(r.fields.length, distinct.length);
      for (let i = 0; i < width; i++) {
        const value = r.fields[i]!.trim();
        if (value === "" || value.length > limits.maxCellChars) continue;
        const seen = distinct[i]!.get(value);
        if (seen !== undefined) {
          seen.count++;
          if (seen.lines.length < maxLines) seen.lines.push(r.line);
        } else if (distinct[i]!.size < maxDistinct)
          distinct[i]!.set(value, { value, count: 1, lines: [r.line] });
        else preview.columns[i]!.otherRows++;
      }
    }
  }
  preview.columns.forEach((c, i) => {
    c.values = [...distinct[i]!.values()].sort((a, b) => b.count - a.count);
  });
  return preview;
}

/**
 * The values of a column as a set fact reads them (each cell split into its list: 湖北工匠、
 * 武汉工匠), counts and lines merged; null when no cell holds more than one value.
 */
export function listValues(column: ColumnValues, maxLines = 5): DistinctValue[] | null {
  const parts = new Map<string, DistinctValue>();
  let split = false;
  for (const v of column.values) {
    const list = listParts(v.value);
    if (list.length > 1) split = true;
    for (const part of list) {
      const seen = parts.get(part);
      if (seen === undefined) parts.set(part, { value: part, count: v.count, lines: [...v.lines] });
      else {
        seen.count += v.count;
        seen.lines = [...seen.lines, ...v.lines].sort((a, b) => a - b).slice(0, maxLines);
      }
    }
  }
  return split ? [...parts.values()].sort((a, b) => b.count - a.count) : null;
}
