import { validateProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { blankProgram, suggestSlug, templateProgram } from "./starting-documents.ts";

const district = { code: "420112", name: "东西湖区", level: "district" as const };

describe("what a new program starts from", () => {
  it("a template is a well-formed 方案 skeleton: 总体要求, 主要举措, 保障措施, valid as it stands", () => {
    const program = templateProgram("skeleton", "技能人才方案", district);
    const checked = validateProgram(program);
    expect(checked.issues).toEqual([]);
    const parts = new Set(program.clauses?.map((c) => c.sectionPath?.[0]));
    expect([...parts]).toEqual(["一、总体要求", "二、主要举措", "三、保障措施"]);
    expect(program.issuer).toEqual({ regionCode: "420112", level: "district", name: "东西湖区" });
  });

  it("a blank draft is issued by the district and names its id and title", () => {
    const program = blankProgram(suggestSlug(0), "空白方案", district);
    expect(validateProgram(program).ok).toBe(true);
    expect(program.id).toMatch(/^program-[a-z0-9]+$/);
  });
});
