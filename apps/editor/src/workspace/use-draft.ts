// The draft being edited and its way to the server: debounced autosave against the revision it
// was based on; a stale save becomes a conflict to merge; an unreachable server keeps the edits
// in IndexedDB (offered back on the next visit) and retries.
import type { Program } from "@jiangce/rule-schema";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { appCode, trpc } from "../trpc.ts";
import { normalizeDraft } from "./draft-model.ts";
import { draftStore, type UnsavedDraft } from "./draft-store.ts";

export const AUTOSAVE_DELAY_MS = 1200;
const RETRY_OFFLINE_MS = 5000;

export type SaveStatus = "saved" | "pending" | "saving" | "offline" | "conflict" | "failed";

export interface Base {
  versionId: string;
  revision: number;
  document: Record<string, unknown>;
}

/** The server's version when a save was stale (REVISION_CONFLICT details.current). */
export interface LoadedVersion extends Base {
  programId: string;
  number: number;
  state: string;
  snapshotName: string | null;
  canSave: boolean;
  canSubmit: boolean;
  canNameSnapshot: boolean;
  /** may comment on the version, and so resolve its comments (drafter, reviewer, publisher) */
  canComment: boolean;
}

export interface ServerVersion {
  versionId: string;
  number?: number;
  revision: number;
  document: Record<string, unknown>;
  lastChangedBy?: { displayName: string } | null;
  updatedAt?: string;
}

function unreachable(error: unknown): boolean {
  // fetch failed (server down, network gone) or a gateway answered instead of the API
  if (error instanceof TRPCClientError)
    return error.data === undefined || /fetch|network/i.test(error.message);
  return error instanceof TypeError;
}

export function useDraft(programId: string, loaded: Base, editable: boolean) {
  const store = useMemo(() => draftStore(), []);
  const [draft, setDraft] = useState<Program>(() => normalizeDraft(loaded.document));
  // the base is compared with the draft clause by clause: both carry the same defaults
  const [base, setBase] = useState<Base>(() => ({
    ...loaded,
    document: normalizeDraft(loaded.document) as unknown as Record<string, unknown>,
  }));
  const [status, setStatus] = useState<SaveStatus>("saved");
  /** the server's version and what both sides started from (unknown for edits kept offline) */
  const [conflict, setConflict] = useState<{
    server: ServerVersion;
    mergeBase: Record<string, unknown> | undefined;
  } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [restorable, setRestorable] = useState<UnsavedDraft | null>(null);
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // "always": TanStack Query would otherwise pause the save while the browser is offline, and
  // the drafter would never learn that the edits are only in this browser
  const save = useMutation({ ...trpc.version.save.mutationOptions(), networkMode: "always" });

  /** Saves the latest edits now; resolves to the new base, or null when they did not get through. */
  const flush = useCallback(async (): Promise<Base | null> => {
    clearTimeout(timer.current);
    const document = latest.current;
    if (!editable) return null;
    setStatus("saving");
    try {
      const result = await save.mutateAsync({
        programId,
        baseVersionId: base.versionId,
        baseRevision: base.revision,
        document: document as unknown as Record<string, unknown>,
      });
      const saved: Base = {
        versionId: result.versionId,
        revision: result.revision,
        document: document as unknown as Record<string, unknown>,
      };
      setBase(saved);
      setFailure(null);
      if (latest.current === document) {
        setStatus("saved");
        await store.clear(programId).catch(() => undefined);
      } else setStatus("pending");
      return saved;
    } catch (error) {
      if (appCode(error) === "REVISION_CONFLICT") {
        const details = (error as TRPCClientError<never>).data as unknown as {
          details?: { current?: ServerVersion };
        };
        const server = details.details?.current;
        if (server) {
          const document = normalizeDraft(server.document) as unknown as Record<string, unknown>;
          setConflict({ server: { ...server, document }, mergeBase: base.document });
          setStatus("conflict");
        } else setStatus("failed");
      } else if (unreachable(error)) {
        setStatus("offline");
        timer.current = setTimeout(() => void flush(), RETRY_OFFLINE_MS);
      } else {
        setStatus("failed");
        setFailure(error instanceof Error ? error.message : String(error));
      }
      return null;
    }
  }, [base, editable, programId, save, store]);

  /** The base to act on (snapshot, submit): saves first when edits are waiting. */
  const settled = useCallback(
    async (): Promise<Base | null> => (status === "saved" ? base : flush()),
    [base, flush, status],
  );

  // autosave: the last edit starts the clock again
  useEffect(() => {
    if (status !== "pending") return;
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [status, flush]);

  const update = useCallback(
    (next: Program) => {
      latest.current = next;
      setDraft(next);
      void store
        .keep({
          programId,
          baseVersionId: base.versionId,
          baseRevision: base.revision,
          document: next as unknown as Record<string, unknown>,
          keptAt: new Date().toISOString(),
        })
        .catch(() => undefined);
      setStatus((s) => (s === "conflict" || s === "offline" || s === "saving" ? s : "pending"));
    },
    [base, programId, store],
  );

  // edits kept from an earlier visit that never reached the server
  useEffect(() => {
    void store
      .load(programId)
      .then((kept) => {
        if (kept && JSON.stringify(kept.document) !== JSON.stringify(loaded.document))
          setRestorable(kept);
      })
      .catch(() => undefined);
  }, [programId, store, loaded.document]);

  /** The drafter merged a conflict: continue from the server's version with the merged text. */
  const resolve = useCallback((merged: Record<string, unknown>, server: ServerVersion) => {
    const next = normalizeDraft(merged);
    latest.current = next;
    setDraft(next);
    setBase({ versionId: server.versionId, revision: server.revision, document: server.document });
    setConflict(null);
    setStatus("pending");
  }, []);

  /** Take back kept edits; if the server moved on since, they go through the conflict view. */
  const restore = useCallback(
    (kept: UnsavedDraft) => {
      setRestorable(null);
      if (kept.baseVersionId === base.versionId && kept.baseRevision === base.revision) {
        update(normalizeDraft(kept.document));
        return;
      }
      latest.current = normalizeDraft(kept.document);
      setDraft(latest.current);
      setConflict({ server: { ...base }, mergeBase: undefined });
      setStatus("conflict");
    },
    [base, update],
  );

  const discardKept = useCallback(() => {
    setRestorable(null);
    void store.clear(programId);
  }, [programId, store]);

  /** After a snapshot or a transition the server's version is the new base. */
  const rebase = useCallback((next: Omit<Base, "document">) => {
    setBase((b) => ({ ...b, ...next }));
  }, []);

  return {
    draft,
    base,
    status,
    failure,
    conflict,
    restorable,
    update,
    flush,
    settled,
    resolve,
    restore,
    discardKept,
    rebase,
  };
}

export type DraftState = ReturnType<typeof useDraft>;
