// Every field of the program schema survives the document: a program that sets each field of
// a program and of a clause (and every amount kind) goes through the editor schema and back.
// When the schema gains a field, the first test fails until the field is set here (and the
// conversion carries it).
import {
  clauseSchema,
  type Program,
  programSchema,
  smallProgram,
  validateProgram,
} from "@jiangce/rule-schema";
import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { programNodes } from "../extensions/index.ts";
import { docToProgram } from "./doc-to-program.ts";
import { programToDoc } from "./program-to-doc.ts";

const WAN = 1_000_000;
const base = validateProgram(smallProgram);
if (!base.ok) throw new Error("small program does not validate");

const everything: Program = {
  ...base.value,
  derivations: base.value.derivations.map((d) => ({ ...d, clauseId: "all-fields" })),
  documentNumber: "示人社发〔2024〕1号",
  assumptions: [{ path: "validity.issued", note: "假定印发日期" }],
  targets: [
    {
      id: "t1",
      label: "技能人才",
      value: 340000,
      unit: "人",
      comparator: "at-least",
      byDate: "2027-12-31",
      perYear: false,
      quote: "技能人才达34万人",
      note: "注",
    },
  ],
  basis: ["《关于实施技能人才振兴计划的意见》"],
  preamble: "各区人民政府：\n\n为深入贯彻……技能人才达34万人，制定本计划。",
  closing: "本计划自印发之日起实施。\n示例市人民政府",
  clauses: [
    {
      id: "all-fields",
      citation: "二（一）1.",
      heading: "加大奖励力度",
      sectionPath: ["二、重点工作", "（一）完善激励机制"],
      text: "对示例工匠给予一次性奖励10万元，每年津贴2万元。\n（责任单位：市人社局、市财政局）",
      responsibleUnits: [
        { name: "市人社局", role: "lead" },
        { name: "市财政局", role: "support" },
      ],
      effectiveFrom: "2024-03-01",
      deadline: "2028-12-31",
      funding: "人才专项资金",
      benefits: [
        {
          id: "award",
          matter: "award",
          label: "一次性奖励",
          recipient: ["person", "employer"],
          payer: "employer",
          funding: "单位自筹",
          conditions: { fact: "titles", op: "contains", value: "example-craftsman" },
          period: "per-year",
          tiers: [
            {
              id: "a",
              label: "甲",
              amount: { kind: "fixed", fen: 10 * WAN, cap: 12 * WAN, upTo: true, note: "n" },
              quota: { count: 10, approximate: true, cycleYears: 2, note: "q" },
              conditions: { fact: "age", op: "lt", value: 50 },
            },
            {
              id: "b",
              label: "乙",
              amount: {
                kind: "per-unit",
                fenPerUnit: 300_000,
                unitLabel: "人",
                count: {
                  records: "competitions",
                  where: { fact: "medal", op: "eq", value: "gold" },
                },
              },
            },
            {
              id: "c",
              label: "丙",
              amount: {
                kind: "matching",
                ratio: 0.5,
                of: { matter: "award", program: "x" },
                capOf: { percent: 15, of: { fen: 50 * WAN } },
              },
            },
            { id: "d", label: "丁", amount: { kind: "uplift", percent: 30, of: { fen: 3 * WAN } } },
            {
              id: "e",
              label: "戊",
              amount: {
                kind: "percent-of",
                percent: 200,
                of: { records: "competitions", field: "awardFen" },
              },
            },
            {
              id: "f",
              label: "己",
              amount: { kind: "unspecified", note: "按规定", upTo: true, cap: WAN },
            },
          ],
          exclusiveGroup: "award-group",
          quota: { cycleYears: 5, approximate: false },
          deadline: "2027-12-31",
          quote: "给予一次性奖励10万元",
          note: "benefit note",
        },
      ],
      treatments: [
        {
          id: "title",
          kind: "professional-title",
          label: "直接申报正高级职称",
          recipient: "person",
          conditions: { fact: "age", op: "gte", value: 30 },
          encouragedOnly: true,
          provider: "employer",
          quota: { count: 20, approximate: true },
          deadline: "2026-12-31",
          quote: "每年津贴2万元",
          note: "t",
        },
      ],
      targets: [{ id: "t2", label: "工匠", comparator: "about", perYear: true }],
      tasks: [
        {
          seq: 1,
          content: "开展评选",
          lead: ["市人社局"],
          support: ["市财政局"],
          targets: [],
          deadline: "2025-12-31",
        },
      ],
      note: "clause note",
    },
    {
      id: "no-heading",
      citation: "三、",
      sectionPath: [],
      text: "末段。",
      responsibleUnits: [],
      benefits: [],
      treatments: [],
      targets: [],
      tasks: [],
    },
  ],
  annexes: [
    {
      id: "annex",
      title: "任务分解",
      clauseId: "all-fields",
      tasks: [{ seq: 1, content: "内容", lead: ["甲"], support: [], targets: [] }],
    },
  ],
};

describe("every field of a program survives the document", () => {
  it("the test program sets every field of a program and of a clause", () => {
    const clause = everything.clauses[0] as Record<string, unknown>;
    expect(Object.keys(programSchema.shape).filter((k) => !(k in everything))).toEqual([]);
    expect(Object.keys(clauseSchema.shape).filter((k) => !(k in clause))).toEqual([]);
    expect(validateProgram(everything).issues).toEqual([]);
  });

  it("comes back equal through the editor schema and JSON", () => {
    const node = Node.fromJSON(getSchema(programNodes), programToDoc(everything));
    node.check();
    const back = docToProgram(JSON.parse(JSON.stringify(node.toJSON())));
    expect(back).toEqual(everything);
    const parsed = validateProgram(back);
    const original = validateProgram(everything);
    expect(parsed.ok && original.ok && parsed.value).toEqual(original.ok && original.value);
  });
});
