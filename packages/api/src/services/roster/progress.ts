import type { RosterRun } from "@jiangce/db";

/**
 * How far a run is, as the page shows it: rows done of the rows the upload counted (bytes read
 * of the file's size when that count is not known), a whole percentage that reaches 100 only
 * when the run is done, and rows per second since the worker began (while it works).
 */
export function runProgress(
  run: Pick<RosterRun, "status" | "rows" | "totalRows" | "fileBytes" | "bytesRead" | "startedAt">,
  now: Date,
) {
  const finished = !["queued", "running"].includes(run.status);
  const byRows = run.totalRows !== null && run.totalRows > 0;
  const fraction = byRows
    ? run.rows / run.totalRows!
    : run.fileBytes !== null && run.fileBytes > 0
      ? run.bytesRead / run.fileBytes
      : 0;
  const percent =
    finished && run.status !== "cancelled" && run.status !== "failed"
      ? 100
      : Math.min(99, Math.floor(fraction * 100));
  const seconds =
    finished || run.startedAt === null ? 0 : (now.getTime() - run.startedAt.getTime()) / 1000;
  return {
    percent,
    basis: byRows ? ("rows" as const) : ("bytes" as const),
    rowsPerSecond: seconds > 0 ? Math.round(run.rows / seconds) : 0,
  };
}
