import { createWriteStream } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type { Db } from "@jiangce/db";
import {
  previewInWorker,
  RosterFileError,
  type RosterMapping,
  rosterMappingSchema,
  suggestMapping,
  uploadLimits,
} from "@jiangce/roster";
import { catalogueSourceId, factsInScope } from "@jiangce/rule-schema";
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
 * header and first rows in a capped worker and suggest a mapping: the district's saved one
 * for the headers it knows, Chinese header words and catalogue labels for the rest.
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
    };
    await writeFile(uploadMetaPath(uploadId), JSON.stringify(meta), { mode: 0o600 });
    const saved = await savedMapping(db, input.regionCode);
    // the facts a column may map to: the district's catalogues (and those above), then the programs
    const catalogues = await cataloguesFor(db, input.regionCode);
    const scope = factsInScope([
      ...catalogues.map((c) => ({ id: catalogueSourceId(c), facts: c.facts })),
      ...((await programsInForce(db, input.regionCode)) as never[]),
    ]);
    return {
      uploadId,
      fileName: input.fileName,
      bytes,
      encoding: preview.encoding,
      header: preview.header,
      sample: preview.sample,
      mapping: suggestMapping(preview.header, scope, saved ?? undefined),
    };
  } catch (error) {
    await rm(path, { force: true });
    fileError(error);
  }
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
