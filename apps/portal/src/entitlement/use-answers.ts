import { type SetStateAction, useCallback, useEffect, useLayoutEffect, useState } from "react";
import { type Answers, decodeAnswers, emptyAnswers, encodeAnswers } from "./answers-hash.ts";

const NONE = emptyAnswers("");

function writeHash(answers: Answers): void {
  const hash = answers.kind ? encodeAnswers(answers) : "";
  if (hash !== window.location.hash)
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${window.location.search}${hash}`,
    );
}

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
    // After the next paint: replaceState costs tens of milliseconds on a slow phone, and the
    // result of an answer must not wait for it. Answers given in between are written once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => writeHash(answers), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) {
        // superseded by a newer answer, or the page is left: the newest state is written then
        clearTimeout(timer);
      }
    };
  }, [answers]);
  const update = useCallback(
    (next: SetStateAction<Answers>) =>
      setAnswers((a) => (typeof next === "function" ? next(a ?? NONE) : next)),
    [],
  );
  return [answers ?? NONE, update] as const;
}
