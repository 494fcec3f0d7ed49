import { z } from "zod";
import { factDeclarationSchema } from "./fact.ts";
import { type IssuerLevel, issuerLevelSchema, regionCodeSchema } from "./primitives.ts";

/** Whether a region code fits a level (省 ..0000, 市 ..00, 区县 not ..00, 国家 any). */
export function codeFitsLevel(level: IssuerLevel, code: string): boolean {
  if (level === "national") return true;
  if (level === "province") return code.endsWith("0000");
  if (level === "city") return code.endsWith("00") && !code.endsWith("0000");
  return !code.endsWith("00");
}

/**
 * The facts and values a region maintains for every program issued within it (省级工匠称号,
 * 市重点产业目录…), kept in the back office. Programs of this region and below are validated
 * and compiled with these declarations, as if they had declared them themselves.
 */
export const regionalCatalogueSchema = z
  .strictObject({
    regionCode: regionCodeSchema,
    level: issuerLevelSchema,
    name: z.string().min(1, "请填写地区名称"),
    facts: z.array(factDeclarationSchema).min(1, "目录至少要声明一个事实或可选值"),
    /** last edit (YYYY-MM-DD), shown in the back office */
    updatedAt: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (!codeFitsLevel(c.level, c.regionCode))
      ctx.addIssue({
        code: "custom",
        path: ["regionCode"],
        message: `行政区划代码 ${c.regionCode} 与层级 ${c.level} 不符（省级以0000结尾，市级以00结尾，区县级末两位非00）`,
      });
  });
export type RegionalCatalogue = z.infer<typeof regionalCatalogueSchema>;
export type RegionalCatalogueInput = z.input<typeof regionalCatalogueSchema>;

/** How the back office names a catalogue as the source of a fact: "衢州市目录". */
export const catalogueLabel = (c: Pick<RegionalCatalogue, "name">): string => `${c.name}目录`;
