// pnpm bench:diff — time to compare the largest seed with a heavily edited copy: clause
// alignment (by id, and by wording for the half whose ids were replaced), structured changes
// and the word redline of every changed clause. Target: under 100 ms.
import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import type { Program } from "@jiangce/rule-schema";
import { compareProgram } from "../compare.ts";
import { editedCopy } from "../testing/edit-program.ts";

const seeds = parsePrograms(seedProgramFiles);
const size = (p: Program) => JSON.stringify(p).length;
const largest = seeds.reduce((a, b) => (size(b) > size(a) ? b : a));

function heavilyEdited(p: Program): Program {
  const { edited } = editedCopy(p);
  edited.clauses.forEach((c, i) => {
    // every clause reworded, every other one with a fresh id (as an imported text has)
    c.text = `${c.text.slice(0, c.text.length >> 1)}并按年度考核结果动态调整${c.text.slice(c.text.length >> 1)}`;
    if (i % 2 === 0) c.id = `reimported-${i}`;
    for (const b of c.benefits)
      for (const a of [b.amount, ...(b.tiers ?? []).map((t) => t.amount)])
        if (a?.kind === "fixed") a.fen += 100_000;
  });
  return edited;
}

const after = heavilyEdited(largest);
for (let i = 0; i < 5; i++) compareProgram(largest, after); // warm-up (JIT, ICU segmenter data)
const runs: number[] = [];
let last = compareProgram(largest, after);
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  last = compareProgram(largest, after);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const at = (q: number) =>
  (runs[Math.min(runs.length - 1, Math.floor(q * runs.length))] as number).toFixed(1);
const redlined = last.clauses.filter((c) => c.redline.length > 0).length;
console.log(
  `program-diff: ${largest.id} (${largest.clauses.length} clauses, ${(size(largest) / 1024).toFixed(0)} KB) vs heavily edited copy`,
);
console.log(
  `  ${JSON.stringify(last.summary)}; ${redlined} clauses redlined; ${last.clauses.reduce((n, c) => n + c.changes.length, 0)} structured changes`,
);
console.log(
  `  compare (structured + redline): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms over ${runs.length} runs (target < 100 ms)`,
);
const cold = performance.now();
compareProgram(largest, heavilyEdited(largest));
console.log(`  one more run on a fresh copy: ${(performance.now() - cold).toFixed(1)} ms`);
