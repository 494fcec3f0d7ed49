import { describe, expect, it } from "vitest";
import { programFileChecks, type WorkedCase } from "../testing/program-file-checks.ts";
import {
  type ProgramDocument,
  readJson,
  readText,
  uncoveredSentences,
} from "../testing/text-coverage.ts";

const program = readJson<ProgramDocument>(new URL("./program.json", import.meta.url));
const source = readText(new URL("./source.txt", import.meta.url));
const cases = readJson<{ cases: WorkedCase[] }>(new URL("./cases.json", import.meta.url));

// 十、 funds the whole program (就业补助资金、职业教育专项资金) rather than granting money to anyone:
// it is the clause's `funding`, not a benefit (its 税前扣除 part is a treatment).
const FUNDING_SENTENCE =
  "加大资金支持，优化就业补助资金支出结构，重点保障技能人才培养项目，统筹安排职业教育专项资金用于技工教育发展，严格执行企业职工教育经费税前扣除政策。";

describe("连云港 program file", () => {
  programFileChecks({ program, source, cases: cases.cases });

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
});
