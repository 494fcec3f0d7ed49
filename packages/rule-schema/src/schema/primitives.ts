import { z } from "zod";

/** Stable kebab-case identifier: ids of programs, clauses, benefits, tiers, matters. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "应为小写字母、数字和连字符组成的标识，如 wuhan-craftsman-award",
  );

/** Fact keys: camelCase or kebab-case ASCII (national facts are camelCase, e.g. skillLevel). */
export const factKeySchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, "事实名应以字母开头，只含字母、数字和连字符，如 skillLevel");

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO calendar date `YYYY-MM-DD`; compared as strings (lexical order = date order). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD，如 2027-12-31")
  .refine(isRealDate, "日期不存在，请检查年月日");

/** Money is exact: integer fen (分). 1 元 = 100 fen, 1 万元 = 1,000,000 fen. */
export const fenSchema = z
  .number()
  .int("金额以“分”为单位，应为整数（1元=100分）")
  .nonnegative("金额不能为负数")
  .max(Number.MAX_SAFE_INTEGER, "金额过大");

/** Percent with at most two decimals (basis points are integral), e.g. 30 for 上浮30%. */
export const percentSchema = z
  .number()
  .nonnegative("百分比不能为负数")
  .refine(
    (v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
    {
      message: "百分比最多保留两位小数",
    },
  );

/** GB/T 2260 administrative division code, six digits (420112 东西湖区, 420100 武汉市). */
export const regionCodeSchema = z
  .string()
  .regex(/^\d{6}$/, "行政区划代码应为6位数字（GB/T 2260），如 420112");

export const issuerLevels = ["national", "province", "city", "district"] as const;
export const issuerLevelSchema = z.enum(issuerLevels, {
  error: "层级应为 national（国家）/province（省）/city（市）/district（区县）之一",
});
export type IssuerLevel = z.infer<typeof issuerLevelSchema>;

/** Who can receive a benefit; a profile has exactly one kind. */
export const recipientKinds = [
  "person",
  "employer",
  "school",
  "training-institution",
  "training-base",
  "association",
  "organisation",
] as const;
export const recipientKindSchema = z.enum(recipientKinds, {
  error:
    "对象类型应为 person（个人）/employer（用人单位）/school（院校）/training-institution（培训机构）/training-base（实训基地）/association（行业协会）/organisation（其他组织）之一",
});
export type RecipientKind = z.infer<typeof recipientKindSchema>;

export const recipientKindLabels: Record<RecipientKind, string> = {
  person: "个人",
  employer: "用人单位",
  school: "院校",
  "training-institution": "培训机构",
  "training-base": "实训基地",
  association: "行业协会",
  organisation: "其他组织",
};

export type Fen = number;
export type IsoDate = string;
