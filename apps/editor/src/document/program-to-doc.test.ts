import type { Program } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { programToDoc } from "./program-to-doc.ts";

const clause = (over: Partial<Program["clauses"][number]>): Program["clauses"][number] => ({
  id: "c",
  citation: "一、",
  sectionPath: [],
  text: "正文",
  responsibleUnits: [],
  benefits: [],
  treatments: [],
  targets: [],
  tasks: [],
  ...over,
});

describe("program document in the editor", () => {
  it("writes title, preamble, section headings and each clause's heading and text in order", () => {
    const doc = programToDoc({
      title: "“武汉工匠”培育计划",
      preamble: "为大力弘扬“工匠精神”……\n制订本计划。",
      closing: "本计划自印发之日起实施。",
      clauses: [
        clause({
          id: "a",
          citation: "一、",
          heading: "总体要求",
          sectionPath: ["一、总体要求"],
          text: "创新……",
        }),
        clause({
          id: "b",
          citation: "1.",
          heading: "选拔",
          sectionPath: ["二、重点工作", "（一）培育机制"],
          text: "每两年……",
        }),
        clause({
          id: "c",
          citation: "2.",
          sectionPath: ["二、重点工作", "（一）培育机制"],
          text: "给予……",
        }),
      ],
    } as Program);
    const outline = doc.content?.map((n) => [
      n.type === "heading" ? `h${n.attrs?.level}` : "p",
      n.content?.[0]?.text,
    ]);
    expect(outline).toEqual([
      ["h1", "“武汉工匠”培育计划"],
      ["p", "为大力弘扬“工匠精神”……"],
      ["p", "制订本计划。"],
      ["h3", "一、 总体要求"],
      ["p", "创新……"],
      ["h2", "二、重点工作 （一）培育机制"],
      ["h3", "1. 选拔"],
      ["p", "每两年……"],
      ["h3", "2."],
      ["p", "给予……"],
      ["p", "本计划自印发之日起实施。"],
    ]);
  });

  it("does not repeat a section heading that is its clause's own heading, however punctuated", () => {
    const doc = programToDoc({
      title: "衢州",
      clauses: [clause({ citation: "一", heading: "总体目标", sectionPath: ["一、总体目标"] })],
    } as unknown as Program);
    expect(doc.content?.filter((n) => n.type === "heading").map((n) => n.attrs?.level)).toEqual([
      1, 3,
    ]);
  });
});
