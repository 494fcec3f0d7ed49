import type { Quota } from "../schema/quota.ts";
import type { BudgetVolume } from "./assumptions.ts";

/**
 * How many recipients (or units) a line counts: either per calendar year, or one total over
 * the years (a quota 用五年时间…150名 with no cycle). `cycles` is set when the counts come
 * from a recurring selection (每2年评选一次).
 */
export type Volume =
  | {
      kind: "counts";
      byYear: Map<number, number>;
      approximate: boolean;
      cycles?: number;
      source: "assumption" | "quota";
    }
  | { kind: "total"; count: number; approximate: boolean; source: "assumption" | "quota" }
  | { kind: "unknown"; reason: string; assumption?: string };

/** The drafter's stated volume wins over the text's quota; neither → unknown. */
export function lineVolume(
  key: string,
  stated: BudgetVolume | undefined,
  quota: Quota | undefined,
  years: readonly number[],
): Volume {
  if (stated) return fromStated(stated, years);
  if (quota) return fromQuota(quota, years);
  return {
    kind: "unknown",
    reason: "原文未写明名额或数量，请在测算假设中填写预计人数或数量（每年、合计或分年度）",
    assumption: `volumes["${key}"]`,
  };
}

function fromStated(v: BudgetVolume, years: readonly number[]): Volume {
  if (v.byYear) {
    const byYear = new Map<number, number>();
    for (const y of years) byYear.set(y, v.byYear[String(y)] ?? 0);
    return { kind: "counts", byYear, approximate: false, source: "assumption" };
  }
  if (v.perYear !== undefined) {
    const perYear = v.perYear;
    return {
      kind: "counts",
      byYear: new Map(years.map((y) => [y, perYear])),
      approximate: false,
      source: "assumption",
    };
  }
  return { kind: "total", count: v.total ?? 0, approximate: false, source: "assumption" };
}

/** 每2年评选一次，每次20名 over 2022–2026 → 20 in 2022, 2024, 2026 (3 selections). */
function fromQuota(q: Quota, years: readonly number[]): Volume {
  if (q.count === undefined)
    return {
      kind: "unknown",
      reason: "名额未定（原文只写明评选周期），请在测算假设中填写预计人数",
      assumption: "volumes",
    };
  if (q.cycleYears === undefined)
    return { kind: "total", count: q.count, approximate: q.approximate, source: "quota" };
  const byYear = new Map<number, number>();
  let cycles = 0;
  years.forEach((y, i) => {
    const selects = i % (q.cycleYears ?? 1) === 0;
    byYear.set(y, selects ? (q.count ?? 0) : 0);
    if (selects) cycles++;
  });
  return { kind: "counts", byYear, approximate: q.approximate, cycles, source: "quota" };
}
