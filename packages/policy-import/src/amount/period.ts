import type { Period } from "@jiangce/rule-schema";

export interface PeriodReading {
  period: Period;
  /** the words that decided it; absent when the default (once) was taken */
  evidence?: string;
}

/**
 * 每年/每人每年/按年 → per-year, 每月/按月 → per-month, 每次/每人次 → per-occasion,
 * 一次性 → once. An award for a competition result is paid for each result (per-occasion).
 * `near` is the text right before the amount, which wins over the rest of the sentence.
 */
export function readPeriod(sentence: string, near: string): PeriodReading {
  // a rate's period is written next to its amount (给予每人每年1万元); 每年选派50名 elsewhere
  // in the sentence is about something else
  const m =
    /每(?:人|名|家|个)?每?(年|月|次)|按(年|月)(?:发放|给予|计发)|(年度)津贴|[/／](?:人·?)?(年|月)/.exec(
      near,
    );
  if (m) {
    const unit = m[1] ?? m[2] ?? m[4];
    if (unit === "年" || m[3]) return { period: "per-year", evidence: m[0] };
    if (unit === "月") return { period: "per-month", evidence: m[0] };
    return { period: "per-occasion", evidence: m[0] };
  }
  if (sentence.includes("一次性")) {
    if (/大赛|竞赛|比赛|获奖|金牌|名次/.test(sentence))
      return { period: "per-occasion", evidence: "一次性（竞赛奖励按每次获奖计）" };
    return { period: "once", evidence: "一次性" };
  }
  // 对年培训超1000人次的基地 / 列入年度竞赛计划的: qualifying anew each year, paid each year
  const subject = /对([^。；]*?)的/.exec(sentence)?.[1] ?? "";
  if (/年度|年培训|年均|每年度/.test(subject))
    return { period: "per-year", evidence: "按年度认定的条件（年度/年培训）" };
  if (/大赛|竞赛/.test(sentence) && /获得|获奖|金牌|名次/.test(sentence))
    return { period: "per-occasion", evidence: "竞赛获奖奖励按每次获奖计" };
  return { period: "once" };
}
