import { useEffect, useState } from "react";
import type { ReadState } from "../reads/store.ts";

// The engine module is loaded with this page only (the district and program pages do not need
// it), after the first screen: the server renders that screen without it.
type Engine = typeof import("./check-view.ts");
const loadEngine = () => import("./check-view.ts");

export function useEngine(): { engine: Engine | null; failed: boolean } {
  const [state, setState] = useState<{ engine: Engine | null; failed: boolean }>({
    engine: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (engine) => live && setState({ engine, failed: false }),
      () => live && setState({ engine: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The documents of the programs in force, once all are here (or the first failure). */
export function combineDocuments(
  results: readonly ReadState<{ programId: string; document?: unknown }>[],
) {
  return {
    loaded: results.every((r) => r.isSuccess),
    error: results.find((r) => r.error)?.error ?? null,
    documents: results.map((r) => ({ programId: r.data?.programId, document: r.data?.document })),
  };
}
