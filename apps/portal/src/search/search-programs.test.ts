import { smallProgram, validateProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { queryWords, searchPrograms } from "./search-programs.ts";

const program = (() => {
  const r = validateProgram(smallProgram);
  if (!r.ok || !r.value) throw new Error("small program is invalid");
  return r.value;
})();
const programs = [{ pageId: "page-1", program }];

describe("search across programs", () => {
  it("cuts a Chinese query into words", () => {
    const words = queryWords("技能大赛奖励");
    expect(words.length).toBeGreaterThan(1);
    expect(words.join("")).toBe("技能大赛奖励");
  });

  it("finds a clause by words that are not adjacent in its text", () => {
    // "世界技能大赛" and "示例工匠" are both in 二（一）3., never side by side
    const hits = searchPrograms(programs, "世界技能大赛示例工匠");
    expect(hits.map((h) => h.citation)).toContain("二（一）3.");
    const hit = hits.find((h) => h.citation === "二（一）3.");
    expect(hit?.programId).toBe("page-1");
    expect(hit?.excerpt).toContain("世界技能大赛");
  });

  it("finds benefits by name, ranks them first, and finds nothing for words no program uses", () => {
    const hits = searchPrograms(programs, "配套奖励");
    expect(hits[0]?.benefits).toContain("所在单位1:1配套奖励");
    expect(searchPrograms(programs, "量子计算机")).toEqual([]);
    expect(searchPrograms(programs, "   ")).toEqual([]);
  });
});
