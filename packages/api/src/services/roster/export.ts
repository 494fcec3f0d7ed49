import { createReadStream } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "@jiangce/db";
import { csvLine, resultCells, resultHeader } from "@jiangce/roster";
import type { SessionInfo } from "../auth/session.ts";
import { getList } from "./runs.ts";
import { newUploadId, spoolDir } from "./spool.ts";

/**
 * A confirmed list as a file staff download: CSV (UTF-8 with BOM, so Excel reads the Chinese)
 * or XLSX, one line per entitlement, identity numbers included, every cell a spreadsheet would
 * run as a formula escaped. Returns a stream; the temporary file goes when it has been read.
 */
export async function exportList(
  db: Db,
  auth: SessionInfo,
  listId: string,
  format: "csv" | "xlsx",
) {
  const list = await getList(db, auth, listId);
  const attributes = [...new Set(list.rows.flatMap((r) => Object.keys(r.attributes)))];
  const columns = { attributes, identity: true };
  const path = join(spoolDir(), `export-${newUploadId()}.${format}`);
  if (format === "csv") {
    let text = `\uFEFF${csvLine(resultHeader(columns))}`;
    for (const row of list.rows)
      for (const cells of resultCells(row, columns)) text += csvLine(cells);
    await writeFile(path, text, { mode: 0o600 });
  } else {
    const { openXlsx } = await import("@jiangce/roster/xlsx");
    const xlsx = openXlsx(path, resultHeader(columns));
    for (const row of list.rows) for (const cells of resultCells(row, columns)) xlsx.add(cells);
    await xlsx.close();
  }
  const stream = createReadStream(path);
  stream.on("close", () => void rm(path, { force: true }));
  return {
    stream,
    fileName: `免申即享名单-${list.regionCode}-${list.confirmedAt.toISOString().slice(0, 10)}.${format}`,
  };
}
