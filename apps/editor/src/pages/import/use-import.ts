// The import's state: the result read from the text, the drafter's decisions, and the draft they
// make (the same `applyProposals` the package tests, with the import's own 0.5 threshold for
// proposals nobody decided on).
import {
  applyProposals,
  type Decision,
  decideAll,
  draftMinScore,
  type ImportOptions,
  type ImportParagraph,
  type ImportResult,
  importPolicyText,
  type Proposal,
  validateDraft,
} from "@jiangce/policy-import";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { MarkState } from "./source-text.tsx";

export type Source = { text: string } | { paragraphs: ImportParagraph[]; fileName: string };

export function stateOf(d: Decision | undefined): Exclude<MarkState, "unread"> {
  if (d?.action === "accept") return "accepted";
  if (d?.action === "edit") return "edited";
  if (d?.action === "reject") return "rejected";
  return "undecided";
}

export function useImport(issuer: ImportOptions["issuer"]) {
  const [result, setResult] = useState<ImportResult>();
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});

  const read = useCallback(
    (source: Source) => {
      const options: ImportOptions = { id: "imported-program", ...(issuer ? { issuer } : {}) };
      setResult(
        "text" in source
          ? importPolicyText(source.text, options)
          : importPolicyText("", { ...options, paragraphs: source.paragraphs }),
      );
      setDecisions({});
    },
    [issuer],
  );

  const decide = useCallback(
    (id: string, d: Decision) => setDecisions((all) => ({ ...all, [id]: d })),
    [],
  );
  const decideKind = useCallback(
    (kind: Proposal["kind"] | "all", action: "accept" | "reject") => {
      if (!result) return;
      const kinds = kind === "all" ? [...new Set(result.proposals.map((p) => p.kind))] : [kind];
      setDecisions((all) => {
        const next = { ...all };
        // accepting a whole kind keeps the values the drafter already corrected
        for (const k of kinds)
          for (const [id, d] of Object.entries(decideAll(result.proposals, k, { action })))
            if (!(action === "accept" && next[id]?.action === "edit")) next[id] = d;
        return next;
      });
    },
    [result],
  );

  const draft = useMemo(
    () => (result ? applyProposals(result, decisions, { minScore: draftMinScore }) : undefined),
    [result, decisions],
  );
  const deferred = useDeferredValue(draft);
  const validation = useMemo(() => (deferred ? validateDraft(deferred) : undefined), [deferred]);

  return {
    result,
    decisions,
    draft,
    validation,
    read,
    decide,
    decideKind,
    reset: () => setResult(undefined),
  };
}
