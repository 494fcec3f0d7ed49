import type { RecipientKind } from "@jiangce/rule-schema";

export interface RateReading {
  /** a rate per something other than the recipient itself: 每个项目, 元/生, 每名毕业生 */
  unitLabel?: string;
  /** 每人 for a person, 每家 for an organisation: the figure is per recipient */
  perRecipient?: string;
}

const stopWords = /\d|给予|一次性|最高|不超过|补助|奖励|补贴|资助|的|按|，|,/;

/**
 * Reads the 每… right before an amount (`before` is the text of the same part before it)
 * or the 元/人 suffix. 每人每年 is a period, not a unit (see readPeriod).
 */
export function readRate(
  before: string,
  suffix: string | undefined,
  recipient: RecipientKind,
): RateReading {
  // 每增加1人 / 每新增1名: paid per head counted, whoever receives it
  const increment = /每(?:增加|新增|多)\s*[1一]\s*(人次|人|名|个|家|项)[^，。；]{0,8}$/.exec(
    before,
  );
  if (increment) return { unitLabel: increment[1] ?? "人" };
  const unit = suffix ?? unitAfterEach(before.slice(-16));
  if (unit === undefined || unit.length === 0) return {};
  // 元/月, 元/人·月 and 每人每年 are periods (see readPeriod), not units
  if (/^(?:年|月|次)$|^人·[年月]$/.test(unit) || /^(?:年|月|次)/.test(unit)) return {};
  if (/^(?:人|名)?每?[天日]$/.test(unit)) return { unitLabel: "天" };
  const personal = /^(?:人|名|位)$/.test(unit) || /^(?:人|名)(?:每[年月次])?$/.test(unit);
  if (personal && recipient === "person") return { perRecipient: unit };
  if (/^家|^户/.test(unit) && recipient !== "person") return { perRecipient: unit };
  return { unitLabel: unit.replace(/每[年月次]$/, "") || unit };
}

function unitAfterEach(text: string): string | undefined {
  let at = text.lastIndexOf("每");
  if (at < 0) return undefined;
  if (text[at - 2] === "每") at -= 2; // 每人每年: the unit is the first 每
  const rest = text.slice(at + 1);
  const stop = stopWords.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim();
}
