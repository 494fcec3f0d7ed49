-- Written by hand. A program's pointers name its own versions, and the live one (what the
-- portal serves) is always a published version: the portal can never show a draft, whatever
-- code writes the pointer. Messages start with "jiangce:integrity" (see src/errors.ts).
-- Same rules as the SQLite twin.

CREATE FUNCTION "jiangce_guard_program_pointers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."publishedVersionId" IS NOT NULL
    AND (TG_OP = 'INSERT' OR NEW."publishedVersionId" IS DISTINCT FROM OLD."publishedVersionId")
    AND NOT EXISTS (
      SELECT 1 FROM "ProgramVersion" AS v
      WHERE v."id" = NEW."publishedVersionId" AND v."programId" = NEW."id" AND v."state" = 'published'
    )
  THEN
    RAISE EXCEPTION 'jiangce:integrity the live version must be a published version of this program'
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."latestVersionId" IS NOT NULL
    AND (TG_OP = 'INSERT' OR NEW."latestVersionId" IS DISTINCT FROM OLD."latestVersionId")
    AND NOT EXISTS (
      SELECT 1 FROM "ProgramVersion" AS v
      WHERE v."id" = NEW."latestVersionId" AND v."programId" = NEW."id"
    )
  THEN
    RAISE EXCEPTION 'jiangce:integrity the latest version must be a version of this program'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Program_pointers" BEFORE INSERT OR UPDATE ON "Program"
  FOR EACH ROW EXECUTE FUNCTION "jiangce_guard_program_pointers"();
