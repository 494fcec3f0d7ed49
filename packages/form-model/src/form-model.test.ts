import { smallProgram, validateProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { buildForm, factsRead, fieldsFor, moneyLabel, profileFromForm } from "./form-model.ts";

const program = (() => {
  const r = validateProgram(smallProgram);
  if (!r.ok || !r.value) throw new Error("small program is invalid");
  return r.value;
})();

describe("buildForm with regional catalogues", () => {
  const fact = (key: string, label: string) => ({
    key,
    label,
    extends: false,
    type: "ordered" as const,
    values: [{ value: `${key}-1`, label: `${label}一级` }],
  });
  const catalogue = {
    regionCode: "420100",
    level: "city" as const,
    name: "武汉市",
    facts: [fact("wuhanTitle", "武汉工匠称号"), fact("unusedTitle", "无人引用的称号")],
  };
  // the award clause's first benefit asks for the city's title instead
  const reading = {
    ...program,
    clauses: program.clauses.map((c) => ({
      ...c,
      benefits: c.benefits.map((b, j) =>
        j === 0
          ? { ...b, conditions: { fact: "wuhanTitle", op: "gte" as const, value: "wuhanTitle-1" } }
          : b,
      ),
    })),
  };

  it("asks a catalogue's facts a program reads, under the catalogue's label, with its values", () => {
    const groups = buildForm([reading], [catalogue]);
    const group = groups.find((g) => g.title === "武汉市目录");
    expect(group?.programId).toBe("catalogue:420100");
    expect(group?.fields.map((f) => f.key)).toEqual(["wuhanTitle"]);
    expect(group?.fields[0]?.options).toEqual([
      { value: "wuhanTitle-1", label: "武汉工匠称号一级", source: "武汉市" },
    ]);
  });
});

describe("buildForm", () => {
  const groups = buildForm([program]);
  const basics = groups.find((g) => g.programId === null);

  it("offers the national facts the program reads, with the values the program adds", () => {
    const keys = basics?.fields.map((f) => f.key) ?? [];
    expect(keys).toContain("titles");
    expect(keys).toContain("competitions");
    // nobody reads them here: not asked
    expect(keys).not.toContain("employeeCount");
    expect(keys).not.toContain("regionCode");
    const titles = basics?.fields.find((f) => f.key === "titles");
    expect(titles?.options).toContainEqual({
      value: "example-craftsman",
      label: "示例工匠",
      source: "武汉市",
    });
    expect(titles?.options).toContainEqual(
      expect.objectContaining({ value: "enterprise-chief-technician", source: null }),
    );
  });

  it("shows a fact only to the recipient kinds the catalogue names", () => {
    const forPerson = fieldsFor(basics!, "person").map((f) => f.key);
    const forEmployer = fieldsFor(basics!, "employer").map((f) => f.key);
    expect(forPerson).toContain("competitions");
    expect(forEmployer).not.toContain("competitions");
  });
});

describe("profileFromForm", () => {
  const fields = buildForm([program]).flatMap((g) => g.fields);
  const envelope = { id: "p", kind: "person", regionCode: "420112" };

  it("turns the filled form into a profile: 元 as fen, empty and unticked left out", () => {
    const { profile, issues } = profileFromForm(
      fields,
      {
        titles: ["example-technical-expert"],
        competitions: [
          { event: "worldskills", medal: "gold", year: "2022", awardFen: "1.5万", name: " " },
          {},
        ],
      },
      envelope,
    );
    expect(issues).toEqual([]);
    expect(profile).toEqual({
      ...envelope,
      facts: {
        titles: ["example-technical-expert"],
        competitions: [{ event: "worldskills", medal: "gold", year: 2022, awardFen: 1_500_000 }],
      },
    });
  });

  it("names each field that is not a valid figure, in Chinese", () => {
    const { issues } = profileFromForm(
      fields,
      { competitions: [{ year: "二〇二二", awardFen: "3000.123" }] },
      envelope,
    );
    expect(issues.map((i) => i.message)).toEqual([
      "第1项年份：请输入不小于 0 的数字",
      "第1项主办方奖励额度：金额最多精确到分（小数点后两位）",
    ]);
  });

  it("reads money labels in 元", () => {
    expect(moneyLabel("主办方奖励额度（分）")).toBe("主办方奖励额度");
    expect(moneyLabel("培训补贴基础金额（本次培训，分）")).toBe("培训补贴基础金额（本次培训）");
  });
});

describe("factsRead", () => {
  it("asks for the records an amount sums, even when no condition names them", () => {
    const r = validateProgram({
      ...smallProgram,
      clauses: [
        {
          id: "match",
          citation: "1.",
          text: "按照主办方的奖励额度1:1配套。",
          benefits: [
            {
              id: "competition-match",
              matter: "competition-match",
              label: "竞赛奖励配套",
              recipient: "person",
              amount: {
                kind: "matching",
                ratio: 1,
                of: { records: "competitions", field: "awardFen" },
                capOf: { percent: 50, of: { fact: "annualSalaryFen" } },
              },
            },
          ],
        },
      ],
      derivations: [],
      facts: [{ key: "annualSalaryFen", label: "年薪（分）", type: "money" }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect([...factsRead([r.value])]).toEqual(
      expect.arrayContaining(["competitions", "annualSalaryFen"]),
    );
  });
});
