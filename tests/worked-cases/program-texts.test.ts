import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import { describe, expect, it } from "vitest";

// The portal quotes each clause's text as the law; it must be the seed's own words. Each program
// folder keeps its seed beside it as source.txt; every line of every clause text must occur in it,
// in document order (conversion artefacts such as "[bookmark: _GoBack]" are the only thing dropped).

const programsDir = fileURLToPath(new URL("../../packages/programs/src/", import.meta.url));

function sourceFor(programId: string): string | undefined {
  for (const folder of readdirSync(programsDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = `${programsDir}${folder.name}/`;
    let json: string;
    try {
      json = readFileSync(`${dir}program.json`, "utf8");
    } catch {
      continue;
    }
    if ((JSON.parse(json) as { id: string }).id !== programId) continue;
    try {
      return readFileSync(`${dir}source.txt`, "utf8").replaceAll("[bookmark: _GoBack]", "");
    } catch {
      return undefined;
    }
  }
  return undefined;
}

describe("clause texts are the seed's own words", () => {
  for (const program of parsePrograms(seedProgramFiles)) {
    const source = sourceFor(program.id);
    it.runIf(source !== undefined)(
      `${program.id}: every clause text occurs in source.txt, in order`,
      () => {
        let last = -1;
        for (const clause of program.clauses) {
          const first = clause.text.split("\n")[0]!.trim();
          const at = source!.indexOf(first);
          expect(at, `${clause.citation} 的原文不在 source.txt 中`).toBeGreaterThanOrEqual(0);
          expect(at, `${clause.citation} 顺序与原文不一致`).toBeGreaterThanOrEqual(last);
          last = at;
          for (const line of clause.text.split("\n"))
            expect(source!.includes(line.trim()), `${clause.citation}: ${line.slice(0, 30)}…`).toBe(
              true,
            );
        }
      },
    );

    it(`${program.id}: responsible units name one lead, listed first`, () => {
      for (const clause of program.clauses) {
        const units = clause.responsibleUnits;
        if (units.length === 0) continue;
        expect(units[0]!.role, clause.citation).toBe("lead");
        expect(units.filter((u) => u.role === "lead").length, clause.citation).toBe(1);
      }
    });
  }
});
