-- Written by hand (not produced by `migrate diff`): the database itself refuses to rewrite
-- history, whatever code talks to it. Every message starts with "jiangce:immutable" so the
-- application can recognise the refusal (see src/errors.ts).

-- The audit log is append-only.
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'jiangce:immutable audit entries cannot be changed');
END;

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'jiangce:immutable audit entries cannot be deleted');
END;

-- A version that has been published (and later expired or was superseded) keeps its document,
-- hash, number, program and publication stamp forever, and cannot return to an editable state.
CREATE TRIGGER "ProgramVersion_frozen_no_update" BEFORE UPDATE ON "ProgramVersion"
WHEN OLD."state" IN ('published', 'expired', 'superseded')
  AND (
    NEW."document" IS NOT OLD."document"
    OR NEW."contentHash" IS NOT OLD."contentHash"
    OR NEW."programId" IS NOT OLD."programId"
    OR NEW."number" IS NOT OLD."number"
    OR NEW."publishedAt" IS NOT OLD."publishedAt"
    OR NEW."publishedById" IS NOT OLD."publishedById"
    OR NEW."state" NOT IN ('published', 'expired', 'superseded')
  )
BEGIN
  SELECT RAISE(ABORT, 'jiangce:immutable a published version cannot be changed');
END;

CREATE TRIGGER "ProgramVersion_frozen_no_delete" BEFORE DELETE ON "ProgramVersion"
WHEN OLD."state" IN ('published', 'expired', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'jiangce:immutable a published version cannot be deleted');
END;

-- Whatever is published carries the hash of its content.
CREATE TRIGGER "ProgramVersion_published_hash_on_insert" BEFORE INSERT ON "ProgramVersion"
WHEN NEW."state" IN ('published', 'expired', 'superseded') AND NEW."contentHash" IS NULL
BEGIN
  SELECT RAISE(ABORT, 'jiangce:immutable a published version needs its content hash');
END;

CREATE TRIGGER "ProgramVersion_published_hash_on_update" BEFORE UPDATE ON "ProgramVersion"
WHEN NEW."state" IN ('published', 'expired', 'superseded') AND NEW."contentHash" IS NULL
BEGIN
  SELECT RAISE(ABORT, 'jiangce:immutable a published version needs its content hash');
END;
