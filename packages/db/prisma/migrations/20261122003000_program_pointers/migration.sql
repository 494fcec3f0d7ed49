-- Written by hand. A program's pointers name its own versions, and the live one (what the
-- portal serves) is always a published version: the portal can never show a draft, whatever
-- code writes the pointer. Messages start with "jiangce:integrity" (see src/errors.ts).

CREATE TRIGGER "Program_live_version_on_insert" BEFORE INSERT ON "Program"
WHEN NEW."publishedVersionId" IS NOT NULL OR NEW."latestVersionId" IS NOT NULL
BEGIN
  -- versions reference their program, so a program being inserted has none yet
  SELECT RAISE(ABORT, 'jiangce:integrity a new program has no versions yet');
END;

CREATE TRIGGER "Program_live_version_on_update" BEFORE UPDATE OF "publishedVersionId" ON "Program"
WHEN NEW."publishedVersionId" IS NOT NULL
  AND NEW."publishedVersionId" IS NOT OLD."publishedVersionId"
  AND NOT EXISTS (
    SELECT 1 FROM "ProgramVersion" AS v
    WHERE v."id" = NEW."publishedVersionId" AND v."programId" = NEW."id" AND v."state" = 'published'
  )
BEGIN
  SELECT RAISE(ABORT, 'jiangce:integrity the live version must be a published version of this program');
END;

CREATE TRIGGER "Program_latest_version_on_update" BEFORE UPDATE OF "latestVersionId" ON "Program"
WHEN NEW."latestVersionId" IS NOT NULL
  AND NEW."latestVersionId" IS NOT OLD."latestVersionId"
  AND NOT EXISTS (
    SELECT 1 FROM "ProgramVersion" AS v
    WHERE v."id" = NEW."latestVersionId" AND v."programId" = NEW."id"
  )
BEGIN
  SELECT RAISE(ABORT, 'jiangce:integrity the latest version must be a version of this program');
END;
