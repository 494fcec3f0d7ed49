import { useEffect } from "react";
import { useLocation } from "../router/router.tsx";

/**
 * The check page cites clauses as `/r/…/p/…#clause-id`; the clause exists only once the program
 * has loaded, so the browser's own jump to the anchor comes too early. Scroll when it is there.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    // a client-side navigation does not set :target; mark the cited clause ourselves
    for (const old of document.querySelectorAll(".is-target")) old.classList.remove("is-target");
    target.classList.add("is-target");
    target.scrollIntoView({ block: "start" });
  }, [ready, hash]);
}
