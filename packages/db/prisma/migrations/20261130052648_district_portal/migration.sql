-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DistrictSettings" (
    "regionCode" TEXT NOT NULL PRIMARY KEY,
    "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false,
    "allowSelfPublish" BOOLEAN NOT NULL DEFAULT false,
    "portalName" TEXT,
    "portalColor" TEXT,
    "portalContact" TEXT,
    "portalNotice" TEXT,
    "portalFeatured" TEXT NOT NULL DEFAULT '[]',
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT,
    CONSTRAINT "DistrictSettings_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DistrictSettings" ("allowSelfApproval", "allowSelfPublish", "regionCode", "updatedAt", "updatedById") SELECT "allowSelfApproval", "allowSelfPublish", "regionCode", "updatedAt", "updatedById" FROM "DistrictSettings";
DROP TABLE "DistrictSettings";
ALTER TABLE "new_DistrictSettings" RENAME TO "DistrictSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

