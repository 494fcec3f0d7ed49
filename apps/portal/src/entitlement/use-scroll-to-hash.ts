import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * The check page cites clauses as `/r/…/p/…#clause-id`; the clause exists only once the program
 * has loaded, so the browser's own jump to the anchor comes too early. Scroll when it is there.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [ready, hash]);
}
