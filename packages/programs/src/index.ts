import { type Program, ProgramInvalidError, validateProgram } from "@jiangce/rule-schema";
import dongxihuCases from "./dongxihu/cases.json" with { type: "json" };
import dongxihu from "./dongxihu/program.json" with { type: "json" };
import huangshiCases from "./huangshi/cases.json" with { type: "json" };
import huangshi from "./huangshi/program.json" with { type: "json" };
import hubeiFixture from "./huangshi-legacy/hubei-province-fixture.json" with { type: "json" };
import huangshiLegacy from "./huangshi-legacy/program.json" with { type: "json" };
import lianyungangCases from "./lianyungang/cases.json" with { type: "json" };
import lianyungang from "./lianyungang/program.json" with { type: "json" };
import quzhouCases from "./quzhou/cases.json" with { type: "json" };
import quzhou from "./quzhou/program.json" with { type: "json" };
import quzhouLegacy from "./quzhou-legacy/program.json" with { type: "json" };
import zhejiangFixture from "./quzhou-legacy/zhejiang-fixture.json" with { type: "json" };
import { testCasesFromWorkedCases } from "./test-cases.ts";
import wuhanCases from "./wuhan/cases.json" with { type: "json" };
import wuhan from "./wuhan/program.json" with { type: "json" };

// The seed programs as their JSON files say them (unvalidated: call `parsePrograms`).
// Adding a program is one import and one entry below; its worked cases likewise.

/** The real policy drafts (each kept verbatim as `source.txt` beside its program), loaded by the db seed and shown on the portals. */
export const seedProgramFiles: readonly unknown[] = [
  huangshi,
  wuhan,
  dongxihu,
  quzhou,
  lianyungang,
];

/** Invented programs (older, or of a higher level) that exist only so precedence cases have something to beat. Never seeded. */
export const fixtureProgramFiles: readonly unknown[] = [
  huangshiLegacy,
  hubeiFixture,
  quzhouLegacy,
  zhejiangFixture,
];

/** Worked-case files (format: tests/worked-cases/case-format.ts), run by tests/worked-cases. */
export const workedCaseFiles: readonly unknown[] = [
  huangshiCases,
  wuhanCases,
  dongxihuCases,
  quzhouCases,
  lianyungangCases,
];

/**
 * The seed programs as the database seeds them: validated, each carrying its worked cases as
 * its own test cases (`testCases`), so a district opens its program with its tests in place.
 */
export function seedProgramDocuments(): Program[] {
  return parsePrograms(seedProgramFiles).map((program) => {
    const file = workedCaseFiles.find(
      (f) => (f as { programId?: string }).programId === program.id,
    );
    const testCases = file ? testCasesFromWorkedCases(program, file) : [];
    const [withCases] = parsePrograms([{ ...program, testCases }]);
    return withCases!;
  });
}

/** Validates program files; throws ProgramInvalidError naming the program and each path. */
export function parsePrograms(files: readonly unknown[]): Program[] {
  return files.map((file) => {
    const result = validateProgram(file);
    if (!result.ok) throw new ProgramInvalidError(result.issues, programIdOf(file));
    return result.value;
  });
}

function programIdOf(file: unknown): string | undefined {
  const id = (file as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

export { testCasesFromWorkedCases } from "./test-cases.ts";
