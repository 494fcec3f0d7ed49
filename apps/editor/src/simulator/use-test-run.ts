import { compile, type Program, runTestCases, type TestRun } from "@jiangce/rule-schema";
import { useEffect, useMemo } from "react";
import { publishTestRun } from "./test-failures.ts";

/**
 * Every edit re-runs all of the program's test cases (the draft compiled once per edit, each case
 * evaluated on its date). An invalid draft gives a run with `error` and no outcomes.
 */
export function useTestRun(program: Program): TestRun {
  const run = useMemo(() => runTestCases(program), [program]);
  useEffect(() => {
    publishTestRun(run);
    return () => publishTestRun(null);
  }, [run]);
  return run;
}

/** The draft compiled for the simulator (null when it does not compile yet). */
export function useCompiled(programs: readonly Program[]) {
  return useMemo(() => {
    try {
      return compile(programs);
    } catch {
      return null;
    }
  }, [programs]);
}
