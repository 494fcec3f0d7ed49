import { describe, expect, it } from "vitest";
import { fixed, program, WAN } from "../testing/fixtures.ts";
import type { Condition } from "./condition.ts";
import { validateProgram } from "./validate.ts";

const certificate = {
  key: "certificateLevel",
  label: "本次申领的证书等级",
  type: "ordered" as const,
  values: [
    { value: "junior", label: "初级工" },
    { value: "intermediate", label: "中级工" },
    { value: "senior", label: "高级工" },
  ],
};
const withFacts = (conditions: Condition, extra = {}) =>
  program("p", [fixed("b", "certificate-subsidy", WAN, { conditions, ...extra })], {
    facts: [certificate],
  });
const issuesOf = (conditions: Condition, extra = {}) =>
  validateProgram(withFacts(conditions, extra)).issues.map((i) => `${i.path}：${i.message}`);

// The sentences of issue 11, as data.
const recentFiveYears: Condition = {
  fact: "competitions",
  op: "some",
  where: { fact: "year", op: "lt", measure: "calendarYearsSince", value: 5 },
};
const aboveEveryEarlierClaim: Condition = {
  fact: "certificateLevel",
  op: "gt",
  ref: {
    max: "claims",
    field: "level",
    where: { fact: "matter", op: "eq", value: "certificate-subsidy" },
  },
};

describe("relative conditions as data", () => {
  it("accepts 近5年内, 等级须高于此前已申领的等级, 每人每年1次 and 不再享受低等级", () => {
    expect(issuesOf(recentFiveYears)).toEqual([]);
    expect(issuesOf(aboveEveryEarlierClaim)).toEqual([]);
    expect(issuesOf({ all: [] }, { claimLimit: { per: "calendar-year" } })).toEqual([]);
    expect(
      issuesOf({ all: [] }, { claimLimit: { per: "level", levelFact: "certificateLevel" } }),
    ).toEqual([]);
    expect(issuesOf({ fact: "birthDate", op: "lt", measure: "yearsSince", value: 35 })).toEqual([]);
  });

  it("names the field and the fix when a measure is put on the wrong type", () => {
    expect(issuesOf({ fact: "honours", op: "lt", measure: "yearsSince", value: 3 })).toEqual([
      "clauses.0.benefits.0.conditions.measure：measure 只能用于日期（date）或年份（number）类型，honours 是 set；请改为比较日期或年份字段",
    ]);
    expect(
      issuesOf({ fact: "birthDate", op: "lt", measure: "yearsSince", value: "35" } as never)[0],
    ).toContain("value 应为年数（数字）");
  });

  it("rejects a ref with a value, a field ref outside a record and incomparable sides", () => {
    expect(
      issuesOf({ fact: "age", op: "gt", value: 3, ref: { fact: "frontlineYears" } })[0],
    ).toContain("只能写一个");
    expect(issuesOf({ fact: "age", op: "gt", ref: { field: "year" } })[0]).toContain(
      "ref.field（同一记录的另一字段）只能用在 some/none 的 where 里",
    );
    expect(issuesOf({ fact: "age", op: "gt", ref: { fact: "honours" } })[0]).toContain(
      "不能与 honours（set）比较",
    );
    expect(issuesOf({ fact: "age", op: "gt", ref: { fact: "nope" } })[0]).toContain(
      "未声明的事实 nope",
    );
    expect(issuesOf({ fact: "age", op: "gt", ref: { max: "claims", field: "nope" } })[0]).toContain(
      "记录 claims 没有字段 nope",
    );
    expect(issuesOf({ fact: "age", op: "gt", ref: { date: "programEffective" } })[0]).toContain(
      "只有日期（date）类型",
    );
  });

  it("asks for the level fact of a per-level claim limit, and an ordered one", () => {
    expect(issuesOf({ all: [] }, { claimLimit: { per: "level" } })[0]).toContain(
      "claimLimit.levelFact",
    );
    expect(issuesOf({ all: [] }, { claimLimit: { per: "level", levelFact: "age" } })[0]).toContain(
      "levelFact 应为有序等级（ordered）事实",
    );
  });
});
