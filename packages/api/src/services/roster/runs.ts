import { createReadStream, existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Db } from "@jiangce/db";
import { addRow, emptyTotals, type RosterMapping, type RowResult } from "@jiangce/roster";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { ROSTER_CONFIRM_ROLES, ROSTER_RUN_ROLES } from "./access.ts";
import { runFile } from "./execute.ts";
import { rosterJobs } from "./jobs.ts";
import { runProgress } from "./progress.ts";
import { resultsPath, spoolDir, uploadMetaPath } from "./spool.ts";
import { readUploadMeta } from "./uploads.ts";

async function runOf(db: Db, auth: SessionInfo, runId: string, roles = ROSTER_RUN_ROLES) {
  const run = await db.rosterRun.findUnique({ where: { id: runId } });
  if (run === null) throw new AppError("NOT_FOUND", "未找到这次名单匹配");
  await requireRole(db, auth, run.regionCode, roles);
  return run;
}

/** Start a run on an upload with a mapping; the upload becomes the run's file. */
export async function startRun(
  db: Db,
  auth: SessionInfo,
  input: {
    uploadId: string;
    regionCode: string;
    mapping: RosterMapping;
    asOf: string;
    saveMapping: boolean;
    now: Date;
  },
) {
  await requireRole(db, auth, input.regionCode, ROSTER_RUN_ROLES);
  const meta = await readUploadMeta(input.uploadId);
  if (meta === null || meta.regionCode !== input.regionCode || meta.userId !== auth.user.id)
    throw new AppError("NOT_FOUND", "未找到上传的名单文件，请重新上传");
  const run = await db.$transaction(async (tx) => {
    const created = await tx.rosterRun.create({
      data: {
        regionCode: input.regionCode,
        status: "queued",
        fileName: meta.fileName,
        asOf: input.asOf,
        mapping: JSON.parse(JSON.stringify(input.mapping)),
        createdById: auth.user.id,
        totalRows: meta.rows ?? null,
        fileBytes: meta.bytes ?? null,
      },
    });
    if (input.saveMapping)
      await saveMappingIn(tx, auth, input.regionCode, input.mapping, input.now);
    await audit(tx, {
      actorId: auth.user.id,
      action: "roster.start",
      entityType: "roster",
      entityId: created.id,
      regionCode: input.regionCode,
      detail: { fileName: meta.fileName, asOf: input.asOf },
      at: input.now,
    });
    return created;
  });
  await rename(meta.path, `${spoolDir()}/run-${run.id}${extname(meta.path)}`);
  await rm(uploadMetaPath(input.uploadId), { force: true });
  await (await rosterJobs(db)).enqueue(run.id);
  return { runId: run.id };
}

type TxLike = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function saveMappingIn(
  tx: TxLike,
  auth: SessionInfo,
  regionCode: string,
  mapping: RosterMapping,
  now: Date,
) {
  const value = JSON.parse(JSON.stringify(mapping));
  await tx.rosterMapping.upsert({
    where: { regionCode },
    create: { regionCode, mapping: value, updatedById: auth.user.id },
    update: { mapping: value, updatedById: auth.user.id },
  });
  await audit(tx, {
    actorId: auth.user.id,
    action: "roster.saveMapping",
    entityType: "roster",
    entityId: regionCode,
    regionCode,
    detail: { columns: Object.keys(mapping.columns).length },
    at: now,
  });
}

export async function saveMapping(
  db: Db,
  auth: SessionInfo,
  input: { regionCode: string; mapping: RosterMapping; now: Date },
) {
  await requireRole(db, auth, input.regionCode, ROSTER_RUN_ROLES);
  await db.$transaction((tx) =>
    saveMappingIn(tx, auth, input.regionCode, input.mapping, input.now),
  );
}

/** A run's state, progress and outcome (counts, totals, failed lines, unknown values): no roster rows. */
export async function getRun(db: Db, auth: SessionInfo, runId: string, now = new Date()) {
  const run = await runOf(db, auth, runId);
  const { mapping: _mapping, ...rest } = run;
  return { ...rest, progress: runProgress(run, now) };
}

export async function listRuns(db: Db, auth: SessionInfo, regionCode: string) {
  await requireRole(db, auth, regionCode, ROSTER_RUN_ROLES);
  return db.rosterRun.findMany({
    where: { regionCode },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      fileName: true,
      asOf: true,
      rows: true,
      createdAt: true,
      error: true,
    },
  });
}

export async function cancelRun(db: Db, auth: SessionInfo, runId: string, now: Date) {
  const run = await runOf(db, auth, runId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.rosterRun.updateMany({
      where: { id: runId, status: { in: ["queued", "running"] } },
      data: { status: "cancelled" },
    });
    if (count === 0) throw new AppError("ROSTER_RUN_STATE", "这次匹配已结束，不能取消");
    await audit(tx, {
      actorId: auth.user.id,
      action: "roster.cancel",
      entityType: "roster",
      entityId: runId,
      regionCode: run.regionCode,
      detail: {},
      at: now,
    });
  });
  (await rosterJobs(db)).cancel(runId);
  // nothing of a cancelled roster stays (a worker still reading it keeps its open handle)
  const file = await runFile(runId);
  if (file !== null) await rm(file, { force: true });
  await rm(resultsPath(runId), { force: true });
}

/** Per-row results of a finished run, a page at a time (read from the spool). */
export async function runRows(
  db: Db,
  auth: SessionInfo,
  input: { runId: string; offset: number; limit: number; payingOnly: boolean },
) {
  const run = await runOf(db, auth, input.runId);
  if (run.status !== "done") throw new AppError("ROSTER_RUN_STATE", "匹配完成后才能查看逐行结果");
  const rows: RowResult[] = [];
  let seen = 0;
  for await (const row of readResults(input.runId)) {
    if (input.payingOnly && row.entitlements.length === 0) continue;
    if (seen++ < input.offset) continue;
    if (rows.length < input.limit) rows.push(row);
  }
  return { rows, total: seen };
}

async function* readResults(runId: string): AsyncGenerator<RowResult> {
  // unconfirmed results leave the spool after a day (sweepSpool): say so, not a server error
  if (!existsSync(resultsPath(runId)))
    throw new AppError(
      "ROSTER_RUN_STATE",
      "逐行结果已过期（未确认的结果只保留一天），请重新上传匹配",
    );
  const lines = createInterface({
    input: createReadStream(resultsPath(runId)),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) if (line !== "") yield JSON.parse(line) as RowResult;
}

/**
 * Confirm the list: the paying rows staff kept (all but `excludeLines`) become a RosterList of
 * the district, identity numbers included; audited. The run's results then leave the spool.
 */
export async function confirmRun(
  db: Db,
  auth: SessionInfo,
  input: { runId: string; excludeLines: number[]; now: Date },
) {
  const run = await runOf(db, auth, input.runId, ROSTER_CONFIRM_ROLES);
  if (run.status !== "done") throw new AppError("ROSTER_RUN_STATE", "只有已完成的匹配可以确认名单");
  const excluded = new Set(input.excludeLines);
  const kept: RowResult[] = [];
  const totals = emptyTotals();
  for await (const row of readResults(input.runId)) {
    if (row.entitlements.length === 0 || excluded.has(row.line)) continue;
    kept.push(row);
    addRow(totals, row.entitlements);
  }
  const list = await db.$transaction(async (tx) => {
    const { count } = await tx.rosterRun.updateMany({
      where: { id: run.id, status: "done" },
      data: { status: "confirmed" },
    });
    if (count === 0) throw new AppError("ROSTER_RUN_STATE", "这次匹配已被确认或放弃");
    const created = await tx.rosterList.create({
      data: {
        runId: run.id,
        regionCode: run.regionCode,
        confirmedById: auth.user.id,
        confirmedAt: input.now,
        rowCount: kept.length,
        totals: JSON.parse(JSON.stringify(totals)),
        rows: JSON.parse(JSON.stringify(kept)),
      },
    });
    await audit(tx, {
      actorId: auth.user.id,
      action: "roster.confirm",
      entityType: "roster",
      entityId: created.id,
      regionCode: run.regionCode,
      detail: { runId: run.id, rows: kept.length, excluded: excluded.size, totals },
      at: input.now,
    });
    return created;
  });
  await rm(resultsPath(run.id), { force: true });
  return { listId: list.id, rowCount: kept.length, totals };
}

/** Drop a finished run's results without keeping a list. */
export async function discardRun(db: Db, auth: SessionInfo, runId: string, now: Date) {
  const run = await runOf(db, auth, runId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.rosterRun.updateMany({
      where: { id: runId, status: "done" },
      data: { status: "discarded" },
    });
    if (count === 0) throw new AppError("ROSTER_RUN_STATE", "只有已完成、尚未确认的匹配可以放弃");
    await audit(tx, {
      actorId: auth.user.id,
      action: "roster.discard",
      entityType: "roster",
      entityId: runId,
      regionCode: run.regionCode,
      detail: {},
      at: now,
    });
  });
  await rm(resultsPath(runId), { force: true });
}

/** A confirmed list, for its district (export). */
export async function getList(db: Db, auth: SessionInfo, listId: string) {
  const list = await db.rosterList.findUnique({ where: { id: listId } });
  if (list === null) throw new AppError("NOT_FOUND", "未找到该名单");
  await requireRole(db, auth, list.regionCode, ROSTER_RUN_ROLES);
  return { ...list, rows: list.rows as unknown as RowResult[] };
}
