import type { Program } from "./program.ts";

type Add = (path: (string | number)[], message: string, code?: string) => void;

/**
 * Test case ids are unique and a case lists each benefit once. A benefit (or tier) the program
 * no longer has is not an error here: the case fails when run, and says so, so that deleting a
 * benefit never blocks the drafter.
 */
export function checkTestCases(program: Program, add: Add): void {
  const seen = new Set<string>();
  (program.testCases ?? []).forEach((tc, ti) => {
    if (seen.has(tc.id)) add(["testCases", ti, "id"], `测试用例编号 ${tc.id} 重复`, "duplicate_id");
    seen.add(tc.id);
    const named = new Set<string>();
    tc.expected.forEach((e, ei) => {
      if (named.has(e.benefit))
        add(["testCases", ti, "expected", ei, "benefit"], `待遇 ${e.benefit} 重复列出`);
      named.add(e.benefit);
    });
  });
}
