import type { ResolvedFact, RosterItem } from "@jiangce/rule-schema";
import { cliLimits, type RosterLimits } from "../limits.ts";
import type { ColumnTarget, RosterMapping } from "../mapping/mapping.ts";
import { rowMapper } from "../mapping/row-mapper.ts";
import { csvChunks } from "../read/csv-chunks.ts";
import { parseCsvChunk } from "../read/csv-records.ts";

const envelope: Record<string, ColumnTarget> = {
  id: "id",
  kind: "kind",
  regionCode: "regionCode",
  name: "name",
};

const issue = (line: number, message: string, code = "csv_row") => ({
  ok: false as const,
  line,
  issues: [{ path: "", message, code }],
});

/**
 * Profile CSV files as programs write them (`policy batch --roster r.csv`): header `id, kind,
 * regionCode, [name]`, then one column per fact key of the catalogue (`compiled.scope`).
 * Cells are typed by the catalogue: booleans true/false/是/否, numbers, money in fen, sets
 * joined by "|", records as a JSON array, enum values by value or label. Read with the
 * roster package's readers (csv-parse for quoted records; UTF-8 or GB18030). Never throws on
 * a bad row: it comes out with its line and reason.
 */
export async function* profileCsvItems(
  bytes: AsyncIterable<Uint8Array>,
  scope: ReadonlyMap<string, ResolvedFact>,
  limits: RosterLimits = cliLimits,
): AsyncGenerator<RosterItem> {
  let mapRow: ReturnType<typeof rowMapper> | null = null;
  for await (const chunk of csvChunks(bytes, limits)) {
    const { records, errors } = parseCsvChunk(chunk.text, chunk.firstLine);
    let e = 0;
    for (const record of records) {
      for (; e < errors.length && errors[e]!.line < record.line; e++)
        yield issue(errors[e]!.line, errors[e]!.reason);
      if (mapRow === null) {
        const header = record.fields.map((h) => h.trim());
        const missing = ["id", "kind", "regionCode"].filter((k) => !header.includes(k));
        if (missing.length > 0) {
          yield issue(record.line, `表头缺少列：${missing.join("、")}`, "csv_header");
          return;
        }
        const unknown = header.filter((h) => envelope[h] === undefined && !scope.has(h));
        if (unknown.length > 0) {
          yield issue(record.line, `表头中的列不是已知事实：${unknown.join("、")}`, "csv_header");
          return;
        }
        const columns = Object.fromEntries(
          header.map((h) => [h, envelope[h] ?? (`fact:${h}` as ColumnTarget)]),
        );
        const mapping: RosterMapping = { kind: "person", columns, values: {}, money: "fen" };
        mapRow = rowMapper({ header, mapping, scope, maxCellChars: limits.maxCellChars });
        continue;
      }
      const row = mapRow(record);
      if (!row.ok) yield issue(row.line, row.reason);
      else if (row.unknown.length > 0)
        yield issue(
          row.line,
          row.unknown
            .map((u) => `列 ${u.column}：“${u.value}”不是 ${u.target} 的可选值`)
            .join("；"),
          "csv_cell",
        );
      else yield { ok: true, line: row.line, profile: row.profile };
    }
    for (; e < errors.length; e++) yield issue(errors[e]!.line, errors[e]!.reason);
  }
}
