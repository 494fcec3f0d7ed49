-- AlterTable
ALTER TABLE "User" ADD COLUMN "createdInRegionCode" TEXT;

-- CreateTable
CREATE TABLE "DistrictSettings" (
    "regionCode" TEXT NOT NULL PRIMARY KEY,
    "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false,
    "allowSelfPublish" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT,
    CONSTRAINT "DistrictSettings_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);


-- Written by hand: accounts created in the back office before this migration get the district
-- their creation was recorded in (the audit entry of user.create carries it).
UPDATE "User" SET "createdInRegionCode" = (
    SELECT a."regionCode" FROM "AuditEntry" AS a
    WHERE a."action" = 'user.create' AND a."entityId" = "User"."id" AND a."regionCode" IS NOT NULL
    ORDER BY a."at" LIMIT 1
) WHERE "createdInRegionCode" IS NULL;
