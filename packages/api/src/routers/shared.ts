import { ROLE_LABELS, ROLES } from "@jiangce/db/vocabulary";
import { z } from "zod";

/** GB/T 2260 six-digit administrative division code, e.g. "420112". */
export const ZRegionCode = z.string().regex(/^\d{6}$/, "行政区划代码应为6位数字");

/** Database ids (cuid). */
export const ZId = z.string().min(1).max(64);

/** A draft program document: any JSON object (complete programs are checked at submit). */
export const ZDraftDocument = z
  .record(z.string(), z.unknown())
  .refine((doc) => JSON.stringify(doc).length <= 2_000_000, "方案内容过大（超过2MB）");

/** The revision a client read; saves and transitions must carry it. */
export const ZRevision = z.number().int().min(1);

/** A reviewer's remark (e.g. why a version is returned), kept in the audit log. */
export const ZNote = z.string().trim().max(2000).optional();

const roleChoices = ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`);
export const ZRole = z.enum(ROLES, {
  error: `角色应为 ${roleChoices.slice(0, -1).join("、")}或 ${roleChoices.at(-1)}`,
});

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, "用户名为3到32位小写字母、数字、下划线、点或连字符");

export const ZNewPassword = z.string().min(8, "密码至少8位").max(256);
