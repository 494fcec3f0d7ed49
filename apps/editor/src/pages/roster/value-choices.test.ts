import { describe, expect, it } from "vitest";
import type { RosterUpload } from "./types.ts";
import { chosenValues, initialChoices, valueColumns } from "./value-choices.ts";

const medal = {
  target: "record:competitions.medal",
  key: "competitions.medal",
  label: "职业技能竞赛成绩 · 奖牌",
  list: false,
  options: [
    { value: "gold", label: "金牌" },
    { value: "silver", label: "银牌" },
  ],
};
const honours = {
  target: "fact:honours",
  key: "honours",
  label: "国家和省级荣誉",
  list: true,
  options: [{ value: "provincial-craftsman", label: "省级工匠（如湖北工匠、江苏工匠、浙江工匠）" }],
};

// the parts of the upload answer these helpers read
const upload = {
  columns: [
    {
      header: "奖项",
      values: [
        { value: "一等奖", count: 2, lines: [3, 5] },
        { value: "金牌", count: 1, lines: [2] },
      ],
      otherRows: 0,
      parts: null,
    },
    {
      header: "荣誉",
      values: [{ value: "湖北工匠、暂无", count: 1, lines: [2] }],
      otherRows: 4,
      parts: [
        { value: "湖北工匠", count: 1, lines: [2] },
        { value: "暂无", count: 1, lines: [2] },
      ],
    },
    {
      header: "姓名",
      values: [{ value: "张三", count: 1, lines: [2] }],
      otherRows: 0,
      parts: null,
    },
  ],
  valueTargets: [medal, honours],
  valueSuggestions: {
    "competitions.medal": { 金牌: "gold" },
    honours: { 湖北工匠: "provincial-craftsman" },
  },
  mapping: {
    kind: "person",
    columns: {},
    values: {
      "competitions.medal": { 参赛: "", 一等奖: "silver" },
      regionCode: { 东西湖区: "420112" },
    },
    money: "yuan",
  },
} as unknown as RosterUpload;

describe("the value mapping's choices", () => {
  it("asks values only of columns mapped to a fact with values, a list column part by part", () => {
    const columns = valueColumns(upload, {
      奖项: "record:competitions.medal",
      荣誉: "fact:honours",
      姓名: "name",
    });
    expect(columns.map((c) => [c.header, c.values.map((v) => v.value), c.otherRows])).toEqual([
      ["奖项", ["一等奖", "金牌"], 0],
      ["荣誉", ["湖北工匠", "暂无"], 4],
    ]);
    expect(valueColumns(upload, { 奖项: "ignore" })).toEqual([]);
  });

  it("starts from the suggestions, the district's saved choices winning", () => {
    expect(initialChoices(upload)).toEqual({
      "competitions.medal": { 金牌: "gold", 参赛: "", 一等奖: "silver" },
      honours: { 湖北工匠: "provincial-craftsman" },
      regionCode: { 东西湖区: "420112" },
    });
  });

  it("keeps the saved values of other files and this file's choices; a cleared value is dropped", () => {
    const columns = valueColumns(upload, {
      奖项: "record:competitions.medal",
      荣誉: "fact:honours",
    });
    const choices = initialChoices(upload);
    choices["competitions.medal"] = { 金牌: "gold", 一等奖: "gold" };
    choices.honours = { 湖北工匠: "provincial-craftsman", 暂无: "" };
    expect(chosenValues(upload, columns, choices)).toEqual({
      "competitions.medal": { 参赛: "", 一等奖: "gold", 金牌: "gold" },
      honours: { 湖北工匠: "provincial-craftsman", 暂无: "" },
      regionCode: { 东西湖区: "420112" },
    });
    delete choices["competitions.medal"]!.一等奖; // staff cleared it: unknown, listed after the run
    expect(chosenValues(upload, columns, choices)["competitions.medal"]).toEqual({
      参赛: "",
      金牌: "gold",
    });
  });
});
