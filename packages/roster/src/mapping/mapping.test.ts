import { factsInScope } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { identityNumberProblem, readDate, readYuan } from "./cells.ts";
import { rowMapper } from "./row-mapper.ts";
import { suggestMapping } from "./suggest.ts";

const scope = factsInScope([]);
const header = [
  "序号",
  "姓名",
  "身份证号",
  "职业技能等级",
  "证书编号",
  "发证日期",
  "工作单位",
  "所在区",
  "竞赛名称",
  "竞赛级别",
  "竞赛/奖项",
  "荣誉",
];

describe("suggestMapping", () => {
  it("maps a register's Chinese headers to envelope columns and catalogue facts", () => {
    expect(suggestMapping(header, scope).columns).toEqual({
      序号: "ignore",
      姓名: "name",
      身份证号: "identityNumber",
      职业技能等级: "fact:skillLevel",
      证书编号: "attribute",
      发证日期: "attribute",
      工作单位: "attribute",
      所在区: "regionCode",
      竞赛名称: "record:competitions.name",
      竞赛级别: "record:competitions.level",
      "竞赛/奖项": "record:competitions.medal",
      荣誉: "fact:honours",
    });
  });
});

describe("rowMapper", () => {
  const mapping = {
    ...suggestMapping(header, scope),
    values: { honours: { 湖北工匠: "provincial-craftsman" } },
  };
  const map = rowMapper({
    header,
    mapping,
    scope,
    maxCellChars: 100,
    regionByName: (n) => (n === "东西湖区" ? "420112" : undefined),
  });
  const id = "42010619900101123X";
  const valid = identityNumberProblem(id) === null ? id : "110101199003074514";

  it("turns a row into a profile, mapping labels and saved values, listing unknown values", () => {
    const row = map({
      line: 5,
      fields: [
        "1",
        "张三",
        valid,
        "高级技师",
        "S1",
        "2023/5/1",
        "某厂",
        "东西湖区",
        "全国职业技能大赛",
        "国家级",
        "金牌",
        "全国技术能手、湖北工匠、市级劳模",
      ],
    });
    expect(row).toMatchObject({
      ok: true,
      line: 5,
      name: "张三",
      identityNumber: valid,
      attributes: { 证书编号: "S1", 发证日期: "2023/5/1", 工作单位: "某厂" },
      unknown: [{ column: "荣誉", target: "honours", value: "市级劳模" }],
      profile: {
        id: "行5",
        kind: "person",
        regionCode: "420112",
        facts: {
          skillLevel: "senior-technician",
          honours: ["national-technical-expert", "provincial-craftsman"],
          competitions: [{ name: "全国职业技能大赛", level: "national", medal: "gold" }],
        },
      },
    });
    expect(JSON.stringify(row)).not.toContain(`"facts":{"identity`);
  });

  it("reports malformed rows with their line and reason", () => {
    const base = ["1", "李四", valid, "技师", "", "", "", "420112", "", "", "", ""];
    const bad = (i: number, v: string) =>
      map({ line: 9, fields: base.map((x, j) => (j === i ? v : x)) });
    expect(bad(2, "420106199001011230")).toEqual({
      ok: false,
      line: 9,
      reason: "列「身份证号」：身份证号校验位不符",
    });
    expect(bad(7, "火星区")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("无法识别的行政区"),
    });
    expect(bad(1, "x".repeat(101))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("上限"),
    });
    expect(map({ line: 3, fields: ["1", "王五"] })).toEqual({
      ok: false,
      line: 3,
      reason: "本行有 2 列，表头有 12 列",
    });
    expect(bad(3, "特级大师")).toMatchObject({
      ok: true,
      unknown: [{ target: "skillLevel", value: "特级大师" }],
    });
  });
});

describe("cells", () => {
  it("reads dates in the forms registers use and money in 元 as integer fen", () => {
    expect(
      ["2023-05-01", "2023/5/1", "2023年5月1日", "20230501", "45047"].map((t) => readDate(t)),
    ).toEqual(Array(5).fill({ value: "2023-05-01" }));
    expect(readDate("2023-02-30")).toEqual({ error: "不是有效日期" });
    expect([readYuan("5000"), readYuan("1,234.5元"), readYuan("0.07")]).toEqual([
      { value: 500000 },
      { value: 123450 },
      { value: 7 },
    ]);
  });
});
