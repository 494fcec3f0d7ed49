import { type Program, validateProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import {
  allQuotedItems,
  type CaseProfile,
  type ProgramDocument,
  profileFactIssues,
  quoteOf,
  readJson,
  readText,
  uncoveredSentences,
  unitsNamedIn,
} from "../quzhou/text-coverage.ts";

const program = readJson<ProgramDocument>(new URL("./program.json", import.meta.url));
const source = readText(new URL("./source.txt", import.meta.url));
const cases = readJson<{
  cases: Array<
    CaseProfile & {
      expected: {
        entitlements: Array<{ programId: string; benefit?: string; matter: string }>;
        excluded: Array<{ programId: string; benefit?: string; matter: string }>;
        treatments: string[];
      };
    }
  >;
}>(new URL("./cases.json", import.meta.url));

// 十、 funds the whole program (就业补助资金、职业教育专项资金) rather than granting money to anyone:
// it is the clause's `funding`, not a benefit (its 税前扣除 part is a treatment).
const FUNDING_SENTENCE =
  "加大资金支持，优化就业补助资金支出结构，重点保障技能人才培养项目，统筹安排职业教育专项资金用于技工教育发展，严格执行企业职工教育经费税前扣除政策。";

describe("连云港 program file", () => {
  it("validates against the rule schema", () => {
    const result = validateProgram(program);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("keeps each clause's full text verbatim and in document order", () => {
    let last = -1;
    for (const clause of program.clauses) {
      const at = source.indexOf(clause.text);
      expect(at, clause.citation).toBeGreaterThan(last);
      last = at;
    }
  });

  it("names the responsible units as the text lists them, the first one leading", () => {
    for (const clause of program.clauses) {
      const named = unitsNamedIn(clause.text);
      if (named.length === 0) continue;
      expect(
        clause.responsibleUnits.map((u) => u.name),
        clause.citation,
      ).toEqual(named);
      expect(clause.responsibleUnits.map((u) => u.role)).toEqual(
        named.map((_, i) => (i === 0 ? "lead" : "support")),
      );
    }
  });

  it("quotes only sentences that are in the text", () => {
    for (const { kind, item } of allQuotedItems(program)) {
      const quote = quoteOf(item);
      expect(quote, `${kind} ${item.id} has no quote`).toBeDefined();
      expect(source.includes(quote ?? ""), `${kind} ${item.id}`).toBe(true);
    }
  });

  it("turns every sentence promising money (补贴、奖励、购房券、收入分成) into a benefit", () => {
    const money = /补贴|补助|奖励力度|购房券|收入可按|享受培训补贴/u;
    expect(uncoveredSentences(program, source, money, ["benefit"])).toEqual([FUNDING_SENTENCE]);
    const safeguards = program.clauses.find((c) => c.text.includes(FUNDING_SENTENCE)) as
      | { funding?: string }
      | undefined;
    expect(safeguards?.funding).toContain("就业补助资金");
    expect(safeguards?.funding).toContain("职业教育专项资金");
  });

  it("turns every sentence granting a treatment, honour or service into a treatment", () => {
    const grant =
      /荣誉称号|比照|同等待遇|倾斜|推荐|落户|疗休养|慰问|一站式|评聘|选拔|税前扣除|企业年金|入股|备案|集训基地/u;
    expect(uncoveredSentences(program, source, grant, ["treatment", "benefit"])).toEqual([]);
  });

  it("turns every dated or numbered target into a target", () => {
    const target = /十五五|到2035年|\d+(?:万)?(?:人|所|家)|\d+%以上|六大领域/u;
    expect(uncoveredSentences(program, source, target, ["target"])).toEqual([]);
  });

  it("has at least one worked case for every benefit", () => {
    const exercised = new Set(
      cases.cases.flatMap((c) =>
        [...c.expected.entitlements, ...c.expected.excluded]
          .filter((e) => e.programId === program.id)
          .map((e) => e.benefit ?? e.matter),
      ),
    );
    const missing = program.clauses
      .flatMap((c) => c.benefits ?? [])
      .map((b) => b.id)
      .filter((id) => !exercised.has(id));
    expect(missing).toEqual([]);
  });

  it("gives worked-case profiles only facts the program declares, with declared values", () => {
    const result = validateProgram(program);
    if (!result.ok) throw new Error("program invalid");
    expect(profileFactIssues(cases.cases, [result.value as Program])).toEqual([]);
  });
});
