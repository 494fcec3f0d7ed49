import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@jiangce/db";

/** Roster fixtures for router tests: a spool of this test file's own, files written as the api does. */
const spool = mkdtempSync(join(tmpdir(), "jiangce-roster-api-"));
process.env.ROSTER_SPOOL_DIR = spool;
mkdirSync(spool, { recursive: true });

export const rosterMapping = {
  kind: "person" as const,
  columns: { 姓名: "name" as const, 称号: "fact:titles" as const },
  values: {},
  money: "yuan" as const,
};

/** An upload as the upload route leaves it: the file and its owner (district, user). */
export async function rosterUpload(regionCode: string, userId: string): Promise<string> {
  const uploadId = randomBytes(16).toString("hex");
  const path = join(spool, `upload-${uploadId}.csv`);
  writeFileSync(path, "姓名,称号\n张三,武汉工匠\n");
  writeFileSync(
    join(spool, `upload-${uploadId}.json`),
    JSON.stringify({ uploadId, regionCode, userId, fileName: "名单.csv", path }),
  );
  return uploadId;
}

/** A run in the given state; a done one with its per-row results on the spool. */
export async function doneRun(db: Db, regionCode: string, status: "done" | "queued" = "done") {
  const user = await db.user.findFirstOrThrow();
  const run = await db.rosterRun.create({
    data: {
      regionCode,
      status,
      fileName: "名单.csv",
      asOf: "2024-06-01",
      mapping: rosterMapping,
      createdById: user.id,
      summary: status === "done" ? { rows: 1, paying: 1 } : undefined,
    },
  });
  if (status === "done") {
    const row = {
      line: 2,
      profileId: "行2",
      name: "张三",
      identityNumber: null,
      attributes: {},
      entitlements: [
        {
          programId: "p",
          citation: "一、",
          benefitId: "b",
          matter: "m",
          label: "奖励",
          tierLabel: null,
          amountFen: 100,
          upTo: false,
          payer: "government",
          period: "once",
          validUntil: null,
        },
      ],
      totalFen: 100,
      unknown: [],
      nearMisses: [],
    };
    writeFileSync(join(spool, `results-${run.id}.ndjson`), `${JSON.stringify(row)}\n`);
  }
  return run;
}
