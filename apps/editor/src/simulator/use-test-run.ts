import {
  compile,
  type Program,
  type RegionalCatalogue,
  runTestCases,
  type TestRun,
} from "@jiangce/rule-schema";
import { useEffect, useMemo } from "react";
import { publishTestRun } from "./test-failures.ts";

/**
 * Every edit re-runs all of the program's test cases (the draft compiled once per edit, each case
 * evaluated on its date, with the district's catalogues). An invalid draft gives a run with
 * `error` and no outcomes.
 */
export function useTestRun(
  program: Program,
  catalogues: readonly RegionalCatalogue[] = [],
): TestRun {
  const run = useMemo(() => runTestCases(program, { catalogues }), [program, catalogues]);
  useEffect(() => {
    publishTestRun(run);
    return () => publishTestRun(null);
  }, [run]);
  return run;
}

/** The draft compiled for the simulator (null when it does not compile yet). */
export function useCompiled(
  programs: readonly Program[],
  catalogues: readonly RegionalCatalogue[] = [],
) {
  return useMemo(() => {
    try {
      return compile(programs, { catalogues });
    } catch {
      return null;
    }
  }, [programs, catalogues]);
}
