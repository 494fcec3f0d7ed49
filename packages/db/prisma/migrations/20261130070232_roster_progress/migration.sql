-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RosterRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "regionCode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "totalRows" INTEGER,
    "fileBytes" INTEGER,
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME
);
INSERT INTO "new_RosterRun" ("asOf", "createdAt", "createdById", "error", "fileName", "id", "mapping", "regionCode", "rows", "status", "summary", "updatedAt") SELECT "asOf", "createdAt", "createdById", "error", "fileName", "id", "mapping", "regionCode", "rows", "status", "summary", "updatedAt" FROM "RosterRun";
DROP TABLE "RosterRun";
ALTER TABLE "new_RosterRun" RENAME TO "RosterRun";
CREATE INDEX "RosterRun_regionCode_createdAt_idx" ON "RosterRun"("regionCode", "createdAt");
CREATE INDEX "RosterRun_status_idx" ON "RosterRun"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

