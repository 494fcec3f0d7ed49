// Bundled for Chromium by simulator-bench.ts: 衢州's program with 100 test cases (its seeded
// cases repeated under new ids), edited and re-run the way the workspace does on every edit.
import { seedProgramDocuments } from "@jiangce/programs";
import { failuresByBenefit, type Program, runTestCases } from "@jiangce/rule-schema";

const quzhou = seedProgramDocuments().find((p) => p.id === "quzhou-craftsman-2021")!;
const seeded = quzhou.testCases ?? [];
const cases = Array.from({ length: 100 }, (_, i) => {
  const c = seeded[i % seeded.length]!;
  return { ...c, id: `${c.id}-${Math.floor(i / seeded.length)}` };
});
const program: Program = { ...quzhou, testCases: cases };

/** An edit of the 衢州工匠 tier amount, as the inspector makes it (a new program object). */
function edited(fen: number): Program {
  return {
    ...program,
    clauses: program.clauses.map((c) => ({
      ...c,
      benefits: c.benefits.map((b) =>
        b.id !== "craftsman-award"
          ? b
          : {
              ...b,
              tiers: b.tiers!.map((t) =>
                t.id === "craftsman" ? { ...t, amount: { kind: "fixed" as const, fen } } : t,
              ),
            },
      ),
    })),
  };
}

/** Milliseconds of each re-run (compile the edited draft + run every case + failures per benefit). */
function measure(edits: number): { times: number[]; cases: number; failed: number[] } {
  const times: number[] = [];
  const failed: number[] = [];
  for (let i = 0; i < edits; i++) {
    const next = edited(i % 2 === 0 ? 8_000_000 : 2_000_000);
    const t0 = performance.now();
    const run = runTestCases(next);
    failuresByBenefit(run);
    times.push(performance.now() - t0);
    failed.push(run.failed);
  }
  return { times, cases: cases.length, failed };
}

(window as unknown as { simulatorBench: unknown }).simulatorBench = { measure };
