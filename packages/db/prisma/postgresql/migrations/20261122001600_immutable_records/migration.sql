-- Written by hand (not produced by `migrate diff`): the database itself refuses to rewrite
-- history, whatever code talks to it. Every message starts with "jiangce:immutable" so the
-- application can recognise the refusal (see src/errors.ts). Same rules as the SQLite twin.

-- The audit log is append-only.
CREATE FUNCTION "jiangce_refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'jiangce:immutable audit entries cannot be changed or deleted'
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "jiangce_refuse_audit_change"();

CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "jiangce_refuse_audit_change"();

-- A version that has been published (and later expired or was superseded) keeps its document,
-- hash, number, program and publication stamp forever, and cannot return to an editable state.
-- Whatever is published carries the hash of its content.
CREATE FUNCTION "jiangce_guard_program_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  frozen CONSTANT TEXT[] := ARRAY['published', 'expired', 'superseded'];
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."state" = ANY (frozen) THEN
      RAISE EXCEPTION 'jiangce:immutable a published version cannot be deleted'
        USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."state" = ANY (frozen) AND (
    NEW."document" IS DISTINCT FROM OLD."document"
    OR NEW."contentHash" IS DISTINCT FROM OLD."contentHash"
    OR NEW."programId" IS DISTINCT FROM OLD."programId"
    OR NEW."number" IS DISTINCT FROM OLD."number"
    OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt"
    OR NEW."publishedById" IS DISTINCT FROM OLD."publishedById"
    OR NOT (NEW."state" = ANY (frozen))
  ) THEN
    RAISE EXCEPTION 'jiangce:immutable a published version cannot be changed'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW."state" = ANY (frozen) AND NEW."contentHash" IS NULL THEN
    RAISE EXCEPTION 'jiangce:immutable a published version needs its content hash'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ProgramVersion_guard" BEFORE INSERT OR UPDATE OR DELETE ON "ProgramVersion"
  FOR EACH ROW EXECUTE FUNCTION "jiangce_guard_program_version"();

-- TRUNCATE bypasses row triggers; versions hold published history too.
CREATE FUNCTION "jiangce_refuse_version_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'jiangce:immutable program versions cannot be truncated'
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "ProgramVersion_no_truncate" BEFORE TRUNCATE ON "ProgramVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "jiangce_refuse_version_truncate"();
