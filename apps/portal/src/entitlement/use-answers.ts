import { useEffect, useState } from "react";
import { type Answers, decodeAnswers, emptyAnswers, encodeAnswers } from "./answers-hash.ts";

/**
 * The calculator's answers, mirrored into the URL fragment as they change (replaceState: the
 * back button leaves the calculator instead of stepping through every keystroke).
 */
export function useAnswers() {
  const [answers, setAnswers] = useState<Answers>(
    () => decodeAnswers(window.location.hash) ?? emptyAnswers(""),
  );
  useEffect(() => {
    const hash = answers.kind ? encodeAnswers(answers) : "";
    if (hash !== window.location.hash)
      window.history.replaceState(
        window.history.state,
        "",
        `${window.location.pathname}${window.location.search}${hash}`,
      );
  }, [answers]);
  return [answers, setAnswers] as const;
}
