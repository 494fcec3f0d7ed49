import {
  type Condition,
  conditionOpLabels,
  describeCondition,
  type FactCondition,
  type FactDeclaration,
  factsInScope,
  type RecordCondition,
  smallProgram,
  validateProgram,
} from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import {
  modesFor,
  opsForMode,
  pickMode,
  pickOp,
  pickRef,
  pickSubject,
  pickValue,
  refTargets,
  widgetForMode,
} from "./comparison-state.ts";
import { freshComparison, freshRecords } from "./kinds.tsx";
import { type Subject, subjectsOf } from "./subjects.ts";

// Issue 12: the real-program sentences a drafter must build without code, built here through
// the same state functions the comparison row calls, then validated and read back.
const dates: FactDeclaration[] = [
  { key: "hireDate", label: "入职日期", type: "date", extends: false },
  { key: "certificateDate", label: "证书取得日期", type: "date", extends: false },
];
const scope = factsInScope([{ id: "p", facts: [...(smallProgram.facts ?? []), ...dates] }]);

/** The small example program with `conditions` on its award benefit and the date facts declared. */
function programWith(conditions: Condition) {
  const copy = JSON.parse(JSON.stringify(smallProgram)) as {
    facts: unknown[];
    clauses: { benefits?: { conditions?: Condition }[] }[];
  };
  copy.facts.push(...dates);
  copy.clauses[1]!.benefits![0]!.conditions = conditions;
  return copy;
}
const issuesOf = (c: Condition) =>
  validateProgram(programWith(c)).issues.map((i) => `${i.path}：${i.message}`);

function subject(key: string, recordsOf?: string): Subject {
  const found = subjectsOf(scope, recordsOf).find((s) => s.key === key);
  if (!found) throw new Error(`no subject ${key}`);
  return found;
}
/** The drafter picks a fact (or field) in a fresh comparison row. */
function pickFact(key: string, recordsOf?: string): FactCondition {
  const fresh = freshComparison(scope, recordsOf) as FactCondition;
  return pickSubject(fresh, subjectsOf(scope, recordsOf), key);
}

describe("time-relative and comparison conditions in the builder", () => {
  it("builds 申报者需在近5年内取得以下业绩之一 as a records condition on the year field", () => {
    const records = freshRecords(scope) as RecordCondition;
    expect(records.fact).toBe("competitions");
    const year = subject("year", "competitions");
    const targets = refTargets(scope, year, "competitions");
    expect(modesFor(year, targets).map((m) => m.value)).toContain("calendarYearsSince");
    let row = pickFact("year", "competitions");
    row = pickMode(row, year, "calendarYearsSince", targets);
    expect(widgetForMode(year, "calendarYearsSince", row.op)).toBe("number");
    row = pickValue(pickOp(row, year, "lt"), 5);
    const recent: Condition = { ...records, where: { all: [row] } };

    expect(row).toEqual({ fact: "year", op: "lt", measure: "calendarYearsSince", value: 5 });
    expect(issuesOf(recent)).toEqual([]);
    const sentence = describeCondition(scope, recent);
    expect(sentence).toContain("职业技能竞赛");
    expect(sentence).toContain(`年份距计算日（自然年）${conditionOpLabels.lt}5年`);
  });

  // 民法典第1259条: “以下”包括本数 — 35周岁以下 is at most 35 whole years, so lte 35
  it("builds 年龄35周岁以下 as whole years since the birth date", () => {
    const birth = subject("birthDate");
    let row = pickFact("birthDate");
    expect(row.measure).toBeUndefined();
    row = pickMode(row, birth, "yearsSince", refTargets(scope, birth));
    row = pickValue(pickOp(row, birth, "lte"), 35);

    expect(row).toEqual({ fact: "birthDate", op: "lte", measure: "yearsSince", value: 35 });
    expect(issuesOf(row)).toEqual([]);
    expect(describeCondition(scope, row)).toBe(
      `出生日期距计算日（整年）${conditionOpLabels.lte}35年`,
    );
  });

  it("builds 新申领的等级须高于此前已申领的等级 against the highest level over the claims", () => {
    const level = subject("skillLevel");
    const targets = refTargets(scope, level);
    let row = pickMode(pickFact("skillLevel"), level, "ref", targets);
    row = pickOp(row, level, "gt");
    const claimed = targets.find(
      (t) => "max" in t.ref && t.ref.max === "claims" && t.ref.field === "level",
    );
    expect(claimed?.label).toBe("申领记录中申领等级的最高值");
    row = pickRef(row, targets, claimed?.key ?? "");

    expect(row).toEqual({ fact: "skillLevel", op: "gt", ref: { max: "claims", field: "level" } });
    expect(issuesOf(row)).toEqual([]);
    expect(describeCondition(scope, row)).toContain(
      `${conditionOpLabels.gt}申领记录中申领等级的最高值`,
    );
  });

  it("compares a date with another date fact or with the program's effective date", () => {
    const cert = subject("certificateDate");
    const targets = refTargets(scope, cert);
    const labels = targets.map((t) => t.label);
    expect(labels).toContain("入职日期");
    expect(labels).toContain("本方案生效日");
    expect(labels).not.toContain("证书取得日期");
    expect(labels).not.toContain("年龄");

    const withRef = (label: string) => {
      const chosen = targets.find((t) => t.label === label);
      const row = pickMode(pickFact("certificateDate"), cert, "ref", targets);
      return pickRef(pickOp(row, cert, "gte"), targets, chosen?.key ?? "");
    };
    const afterHire = withRef("入职日期");
    const afterEffective = withRef("本方案生效日");
    expect(afterHire.ref).toEqual({ fact: "hireDate" });
    expect(afterEffective.ref).toEqual({ date: "programEffective" });
    expect(issuesOf({ all: [afterHire, afterEffective] })).toEqual([]);
    expect(describeCondition(scope, afterHire)).toBe(
      `证书取得日期${conditionOpLabels.gte}入职日期`,
    );
    expect(describeCondition(scope, afterEffective)).toBe(
      `证书取得日期${conditionOpLabels.gte}本方案生效日`,
    );
  });

  it("inside a records condition, compares a field with another field of the same record", () => {
    const rank = subject("rank", "competitions");
    const targets = refTargets(scope, rank, "competitions");
    const labels = targets.map((t) => t.label);
    expect(labels).toContain("本记录的年份");
    expect(labels).not.toContain("本记录的名次");
    expect(labels).not.toContain("本记录的赛事");
    const row = pickRef(
      pickMode(pickFact("rank", "competitions"), rank, "ref", targets),
      targets,
      targets.find((t) => t.label === "本记录的年份")?.key ?? "",
    );
    expect(row.ref).toEqual({ field: "year" });
    const records: Condition = { fact: "competitions", op: "some", where: row };
    expect(issuesOf(records)).toEqual([]);
    expect(describeCondition(scope, records)).toContain(`名次${conditionOpLabels[row.op]}年份`);
  });

  it("offers years only for dates and years, and returns to a fixed value cleanly", () => {
    const honours = subject("honours");
    expect(modesFor(honours, refTargets(scope, honours)).map((m) => m.value)).toEqual(["value"]);
    // a year held as a number is measured too (申领年度), a count of years is not (一线工作年限)
    const claimYear = subject("year", "claims");
    expect(modesFor(claimYear, []).map((m) => m.value)).toContain("calendarYearsSince");
    const frontline = subject("frontlineYears");
    expect(modesFor(frontline, []).map((m) => m.value)).toEqual(["value"]);
    const skill = subject("skillLevel");
    expect(modesFor(skill, refTargets(scope, skill)).map((m) => m.value)).toEqual(["value", "ref"]);
    expect(opsForMode(subject("event", "competitions"), "ref").map((o) => o.value)).toEqual([
      "eq",
      "ne",
    ]);

    const birth = subject("birthDate");
    const measured = pickMode(pickFact("birthDate"), birth, "yearsSince", []);
    const back = pickMode(measured, birth, "value", []);
    expect(back.measure).toBeUndefined();
    expect(back.ref).toBeUndefined();
    expect(issuesOf({ ...back, value: "2000-01-01" })).toEqual([]);
    // a measured range is a range of years
    const range = pickOp(measured, birth, "between");
    expect(range.value).toEqual([0, 5]);
    expect(issuesOf(pickValue(range, [18, 35]))).toEqual([]);
  });
});
