import { type SetStateAction, useCallback, useEffect, useLayoutEffect, useState } from "react";
import { type Answers, decodeAnswers, emptyAnswers, encodeAnswers } from "./answers-hash.ts";

const NONE = emptyAnswers("");

/**
 * The calculator's answers, mirrored into the URL fragment as they change (replaceState: the
 * back button leaves the calculator instead of stepping through every keystroke). The fragment
 * never reaches the server, so the page is rendered (and hydrated) without answers and reads
 * them right after, before the browser paints again.
 */
export function useAnswers() {
  // null until the fragment is read
  const [answers, setAnswers] = useState<Answers | null>(null);
  useLayoutEffect(() => {
    setAnswers(decodeAnswers(window.location.hash) ?? emptyAnswers(""));
  }, []);
  useEffect(() => {
    if (!answers) return;
    const hash = answers.kind ? encodeAnswers(answers) : "";
    if (hash !== window.location.hash)
      window.history.replaceState(
        window.history.state,
        "",
        `${window.location.pathname}${window.location.search}${hash}`,
      );
  }, [answers]);
  const update = useCallback(
    (next: SetStateAction<Answers>) =>
      setAnswers((a) => (typeof next === "function" ? next(a ?? NONE) : next)),
    [],
  );
  return [answers ?? NONE, update] as const;
}
