import { createWriteStream } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { Db } from "@jiangce/db";
import {
  type ColumnValues,
  listValues,
  previewInWorker,
  RosterFileError,
  type RosterMapping,
  rosterMappingSchema,
  suggestMapping,
  suggestValues,
  uploadLimits,
  type ValueTarget,
  valueTargets,
} from "@jiangce/roster";
import { catalogueSourceId, factsInScope, programDocument } from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";
import type { SessionInfo } from "../auth/session.ts";
import { cataloguesFor } from "../catalogue/catalogue-chain.ts";
import { programsInForce } from "./programs-in-force.ts";
import { newUploadId, uploadMetaPath, uploadPath } from "./spool.ts";

export interface UploadMeta {
  uploadId: string;
  regionCode: string;
  userId: string;
  fileName: string;
  path: string;
  /** data rows and bytes of the file (the run's progress is measured against them) */
  rows: number;
  bytes: number;
}

/** A refused file as the API's typed error (the message says what to do). */
export function fileError(error: unknown): never {
  if (error instanceof RosterFileError)
    throw new AppError("ROSTER_FILE_REFUSED", error.message, { code: error.code });
  throw error;
}

/**
 * Store an uploaded roster on the spool, streamed, counting bytes (the route has already
 * refused a declared length over the limit; a body that lies is cut here), then read its
 * header, first rows and each column's distinct values in a capped worker (the run's limits)
 * and suggest a mapping: the district's saved one for the headers it knows, Chinese header
 * words and catalogue labels for the rest; and for the values, what each raw text likely
 * means in the catalogue of every fact with a set of values (the page shows those of the
 * columns staff map to such a fact).
 */
export async function acceptUpload(
  db: Db,
  auth: SessionInfo,
  input: { regionCode: string; fileName: string; body: AsyncIterable<Uint8Array> },
) {
  const uploadId = newUploadId();
  const path = uploadPath(uploadId, input.fileName);
  let bytes = 0;
  try {
    await pipeline(
      input.body,
      async function* (source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > uploadLimits.maxBytes)
            throw new RosterFileError(
              "too_large",
              `文件超过 ${uploadLimits.maxBytes / 1024 / 1024} MB 上限，请分批上传`,
            );
          yield chunk;
        }
      },
      createWriteStream(path, { mode: 0o600 }),
    );
    const preview = await previewInWorker(path, uploadLimits);
    const meta: UploadMeta = {
      uploadId,
      regionCode: input.regionCode,
      userId: auth.user.id,
      fileName: input.fileName,
      path,
      rows: preview.rows,
      bytes,
    };
    await writeFile(uploadMetaPath(uploadId), JSON.stringify(meta), { mode: 0o600 });
    const saved = await savedMapping(db, input.regionCode);
    // the facts a column may map to: the district's catalogues (and those above), then the programs
    const catalogues = await cataloguesFor(db, input.regionCode);
    const scope = factsInScope([
      ...catalogues.map((c) => ({ id: catalogueSourceId(c), facts: c.facts })),
      ...(await programsInForce(db, input.regionCode)).flatMap((d) => programDocument(d) ?? []),
    ]);
    const targets = valueTargets(scope);
    const columns = preview.columns.map((c) => ({ ...c, parts: listValues(c) }));
    return {
      uploadId,
      fileName: input.fileName,
      bytes,
      rows: preview.rows,
      encoding: preview.encoding,
      header: preview.header,
      sample: preview.sample,
      mapping: suggestMapping(preview.header, scope, saved ?? undefined),
      columns,
      valueTargets: targets,
      valueSuggestions: valueSuggestionsOf(targets, columns, saved?.values ?? {}),
    };
  } catch (error) {
    await rm(path, { force: true });
    fileError(error);
  }
}

/** Per value key, raw text → the catalogue value it likely means, over every column's values. */
function valueSuggestionsOf(
  targets: readonly ValueTarget[],
  columns: readonly (ColumnValues & { parts: ColumnValues["values"] | null })[],
  saved: RosterMapping["values"],
): Record<string, Record<string, string>> {
  const raws = new Set<string>();
  for (const c of columns) for (const v of [...c.values, ...(c.parts ?? [])]) raws.add(v.value);
  const out: Record<string, Record<string, string>> = {};
  for (const target of targets) {
    const suggested = suggestValues(target, raws, saved[target.key]);
    if (Object.keys(suggested).length > 0) out[target.key] = suggested;
  }
  return out;
}

export async function readUploadMeta(uploadId: string): Promise<UploadMeta | null> {
  if (!/^[0-9a-f]{32}$/.test(uploadId)) return null;
  try {
    return JSON.parse(await readFile(uploadMetaPath(uploadId), "utf8")) as UploadMeta;
  } catch {
    return null;
  }
}

export async function savedMapping(db: Db, regionCode: string): Promise<RosterMapping | null> {
  const row = await db.rosterMapping.findUnique({ where: { regionCode } });
  if (row === null) return null;
  const parsed = rosterMappingSchema.safeParse(row.mapping);
  return parsed.success ? parsed.data : null;
}
