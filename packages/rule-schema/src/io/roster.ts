import type { ValidationIssue } from "../errors/validation-issue.ts";
import { recipientKinds } from "../schema/primitives.ts";
import type { Profile } from "../schema/profile.ts";
import { validateProfile } from "../schema/validate.ts";

/** One line of a roster: a profile, or what was wrong with the line. */
export type RosterItem =
  | { ok: true; line: number; profile: Profile }
  | { ok: false; line: number; issues: ValidationIssue[] };

export type ProfileCheck = "fast" | "full";

const kinds = new Set<string>(recipientKinds);
const regionPattern = /^\d{6}$/;

/**
 * Check a parsed profile. "fast" checks the envelope only (id, kind, region, facts object),
 * fit for millions of lines; "full" runs the zod profile schema (national fact types too).
 */
export function checkProfile(value: unknown, line: number, mode: ProfileCheck): RosterItem {
  if (mode === "full") {
    const r = validateProfile(value);
    return r.ok ? { ok: true, line, profile: r.value } : { ok: false, line, issues: r.issues };
  }
  const issues: ValidationIssue[] = [];
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return {
      ok: false,
      line,
      issues: [{ path: "", message: "每行应为一个 JSON 对象（申请人档案）", code: "invalid_type" }],
    };
  const p = value as Record<string, unknown>;
  if (typeof p.id !== "string" || p.id === "")
    issues.push({ path: "id", message: "缺少档案编号 id（字符串）", code: "invalid_type" });
  if (typeof p.kind !== "string" || !kinds.has(p.kind))
    issues.push({
      path: "kind",
      message: `对象类型 kind 应为：${recipientKinds.join(" / ")}`,
      code: "invalid_value",
    });
  if (typeof p.regionCode !== "string" || !regionPattern.test(p.regionCode))
    issues.push({
      path: "regionCode",
      message: "行政区划代码 regionCode 应为6位数字（GB/T 2260）",
      code: "invalid_format",
    });
  if (p.facts === undefined) p.facts = {};
  else if (p.facts === null || typeof p.facts !== "object" || Array.isArray(p.facts))
    issues.push({ path: "facts", message: "facts 应为对象：{ 事实名: 值 }", code: "invalid_type" });
  return issues.length > 0
    ? { ok: false, line, issues }
    : { ok: true, line, profile: p as unknown as Profile };
}
