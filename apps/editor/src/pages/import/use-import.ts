// The import's state: the result read from the text, the drafter's decisions, and the draft they
// make (the same `applyProposals` the package tests, with the import's own 0.5 threshold for
// proposals nobody decided on).
import {
  applyProposals,
  type Decision,
  draftMinScore,
  type ImportOptions,
  type ImportParagraph,
  type ImportResult,
  importPolicyText,
  type Proposal,
  validateDraft,
} from "@jiangce/policy-import";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { decideKind } from "./decisions.ts";

export type Source = { text: string } | { paragraphs: ImportParagraph[]; fileName: string };

export function useImport(issuer: ImportOptions["issuer"]) {
  const [result, setResult] = useState<ImportResult>();
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  // each reading starts a fresh review (selection, open form)
  const [generation, setGeneration] = useState(0);

  const read = useCallback(
    (source: Source) => {
      const options: ImportOptions = { id: "imported-program", ...(issuer ? { issuer } : {}) };
      setResult(
        "text" in source
          ? importPolicyText(source.text, options)
          : importPolicyText("", { ...options, paragraphs: source.paragraphs }),
      );
      setDecisions({});
      setGeneration((g) => g + 1);
    },
    [issuer],
  );

  const decide = useCallback(
    (id: string, d: Decision) => setDecisions((all) => ({ ...all, [id]: d })),
    [],
  );
  const decideKindOf = useCallback(
    (kind: Proposal["kind"] | "all", action: "accept" | "reject") => {
      if (result) setDecisions((all) => decideKind(result.proposals, all, kind, action));
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
    generation,
    decisions,
    draft,
    validation,
    read,
    decide,
    decideKind: decideKindOf,
    reset: () => setResult(undefined),
  };
}
