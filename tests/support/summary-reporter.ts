import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line after Vitest's own summary:
 *   "Tests: 212 passed, 0 failed, 3 skipped"
 * CI tooling that does not know Vitest reads that line to count results, so it
 * must be the very last thing the test command prints.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      // A module that failed to load, or whose beforeAll/afterAll hook failed (its tests then
      // count as skipped), is a failure even though no test case failed.
      const tests = [...testModule.children.allTests()];
      if (testModule.state() === "failed" && !tests.some((t) => t.result().state === "failed")) {
        failed += 1;
      }
      for (const testCase of tests) {
        const state = testCase.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
