import { factsInScope } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { rowMapper } from "./row-mapper.ts";
import { suggestValues, valueTargets } from "./value-suggest.ts";
import { NO_VALUE } from "./values.ts";

const scope = factsInScope([]);
const targets = new Map(valueTargets(scope).map((t) => [t.key, t]));

describe("valueTargets", () => {
  it("lists the facts and record fields with a set of values, with Chinese labels", () => {
    expect(targets.get("skillLevel")).toMatchObject({
      target: "fact:skillLevel",
      list: false,
      options: expect.arrayContaining([{ value: "senior-technician", label: "高级技师" }]),
    });
    expect(targets.get("honours")?.list).toBe(true);
    expect(targets.get("competitions.medal")).toMatchObject({
      target: "record:competitions.medal",
      options: expect.arrayContaining([{ value: "gold", label: "金牌" }]),
    });
    expect(targets.has("age")).toBe(false); // a number has no values to map
    expect(targets.has("regionCode")).toBe(false);
  });
});

describe("suggestValues", () => {
  it("proposes a label that matches, that the text contains, or the one label containing it", () => {
    const medal = targets.get("competitions.medal")!;
    expect(
      suggestValues(medal, ["金牌", "国家级一类竞赛金牌", "金奖", "一等奖", "牌", "参赛"]),
    ).toEqual({ 金牌: "gold", 国家级一类竞赛金牌: "gold", 金奖: "gold" });
    const honours = targets.get("honours")!;
    // 湖北工匠 is named inside 省级工匠（如湖北工匠、江苏工匠、浙江工匠）
    expect(suggestValues(honours, ["湖北工匠", "武汉市技术能手", "工匠"])).toEqual({
      湖北工匠: "provincial-craftsman",
      武汉市技术能手: "city-technical-expert",
    });
    // the longest label contained wins: 高级技师（一级） is 高级技师, not 技师
    expect(suggestValues(targets.get("skillLevel")!, ["高级技师（一级）", "大师傅"])).toEqual({
      "高级技师（一级）": "senior-technician",
    });
  });

  it("puts the district's saved choices first, 无/不适用 included", () => {
    const medal = targets.get("competitions.medal")!;
    expect(
      suggestValues(medal, ["一等奖", "未获奖", "金牌"], { 一等奖: "gold", 未获奖: NO_VALUE }),
    ).toEqual({ 一等奖: "gold", 未获奖: NO_VALUE, 金牌: "gold" });
  });
});

describe("mapped values in a run", () => {
  const header = ["姓名", "等级", "荣誉"];
  const map = rowMapper({
    header,
    mapping: {
      kind: "person",
      columns: { 姓名: "name", 等级: "fact:skillLevel", 荣誉: "fact:honours" },
      values: {
        skillLevel: { 大师傅: "technician", 无: NO_VALUE },
        honours: { 暂无: NO_VALUE, 湖北工匠: "provincial-craftsman" },
      },
      money: "yuan",
    },
    scope,
    regionCode: "420112",
    maxCellChars: 100,
  });

  it("reads a raw value staff mapped, and 无/不适用 as no value rather than an unknown one", () => {
    expect(map({ line: 2, fields: ["张三", "大师傅", "暂无、湖北工匠"] })).toMatchObject({
      ok: true,
      unknown: [],
      profile: { facts: { skillLevel: "technician", honours: ["provincial-craftsman"] } },
    });
    const none = map({ line: 3, fields: ["李四", "无", "暂无"] });
    expect(none).toMatchObject({ ok: true, unknown: [], profile: { facts: {} } });
  });

  it("still lists a value nobody mapped, and evaluates the row without it", () => {
    expect(map({ line: 4, fields: ["王五", "老师傅", ""] })).toMatchObject({
      ok: true,
      unknown: [{ column: "等级", target: "skillLevel", value: "老师傅" }],
      profile: { facts: {} },
    });
  });
});
