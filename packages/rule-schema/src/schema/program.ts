import { z } from "zod";
import { clauseSchema } from "./clause.ts";
import { derivationSchema, factDeclarationSchema } from "./fact.ts";
import { precedenceSettingsSchema } from "./precedence.ts";
import { idSchema, issuerLevelSchema, regionCodeSchema } from "./primitives.ts";
import { annexSchema, targetSchema } from "./target.ts";
import { testCaseSchema } from "./test-case.ts";
import { validitySchema } from "./validity.ts";

export const stageSchema = z.enum(["comment-draft", "approval-draft", "final"], {
  error: "阶段 stage 应为 comment-draft（征求意见稿）/approval-draft（送审稿）/final（正式稿）之一",
});
export type Stage = z.infer<typeof stageSchema>;
export const stageLabels: Record<Stage, string> = {
  "comment-draft": "征求意见稿",
  "approval-draft": "送审稿",
  final: "正式稿",
};

/**
 * The issuing government. Jurisdiction follows GB/T 2260 prefixes: a province covers codes
 * starting with its first 2 digits, a city its first 4, a district its 6; national covers all.
 * National programs use regionCode "100000".
 */
export const issuerSchema = z
  .strictObject({
    regionCode: regionCodeSchema,
    level: issuerLevelSchema,
    name: z.string().min(1, "请填写发文机关所在地名称"),
  })
  .superRefine((i, ctx) => {
    const code = i.regionCode;
    const ok =
      i.level === "national" ||
      (i.level === "province" && code.endsWith("0000")) ||
      (i.level === "city" && code.endsWith("00") && !code.endsWith("0000")) ||
      (i.level === "district" && !code.endsWith("00"));
    if (!ok)
      ctx.addIssue({
        code: "custom",
        path: ["regionCode"],
        message: `行政区划代码 ${code} 与层级 ${i.level} 不符（省级以0000结尾，市级以00结尾，区县级末两位非00）`,
      });
  });
export type Issuer = z.infer<typeof issuerSchema>;

/** A visible assumption where the text states nothing (e.g. an assumed publication date). */
export const assumptionSchema = z.strictObject({
  path: z.string().min(1),
  note: z.string().min(1),
});

export const programSchema = z.strictObject({
  schemaVersion: z.literal(1).default(1),
  id: idSchema,
  title: z.string().min(1, "请填写文件标题"),
  documentNumber: z.string().optional(),
  stage: stageSchema,
  issuer: issuerSchema,
  validity: validitySchema,
  assumptions: z.array(assumptionSchema).default([]),
  precedence: precedenceSettingsSchema.default({
    withinMatter: "highest",
    acrossPrograms: "none",
    higherLevelOverrides: false,
    matters: {},
  }),
  facts: z.array(factDeclarationSchema).default([]),
  derivations: z.array(derivationSchema).default([]),
  /** 总体目标 */
  targets: z.array(targetSchema).default([]),
  /** 依据文件 */
  basis: z.array(z.string()).default([]),
  preamble: z.string().optional(),
  /** closing text (组织保障, 施行条款) when not modelled as clauses */
  closing: z.string().optional(),
  clauses: z.array(clauseSchema).default([]),
  annexes: z.array(annexSchema).default([]),
  /** the drafter's test cases: profiles with the amounts this program should pay them */
  testCases: z.array(testCaseSchema).optional(),
});
export type Program = z.infer<typeof programSchema>;
/** What a program file may contain before defaults are applied. */
export type ProgramInput = z.input<typeof programSchema>;
