import type { BenefitInput } from "@jiangce/rule-schema";
import type { Span } from "../types.ts";
import { int } from "../validity/dates.ts";

type QuotaInput = NonNullable<BenefitInput["quota"]>;

const n = "[\\d０-９一二两三四五六七八九十百]{1,5}";
const cycle = new RegExp(`每(${n})?年(?:评选|选拔|认定|评定|遴选|开展)[^。；，]{0,6}?一次`);
const perRound = new RegExp(
  `(?:每次|每批|每届|每年)(?:评选|选拔|认定|遴选)?(?:不超过|原则上不超过)?(${n})名(左右|以内)?`,
);
const total = new RegExp(`(?:共|总数|累计)(?:评选|选拔|认定|遴选|培育)?(?:不超过)?(${n})名(左右)?`);

/** 名额: 每2年评选一次，每次20名左右 / 每年评选一次 / 共评选500名左右. Offsets relative to `sentence`. */
export function readQuota(sentence: string): { span: Span; value: QuotaInput } | undefined {
  if (!/名|一次/.test(sentence)) return undefined;
  const c = cycle.exec(sentence);
  const p = perRound.exec(sentence);
  const t = p ? null : total.exec(sentence);
  const count = p ?? t;
  if (!c && !count) return undefined;
  const cycleYears = c ? (c[1] ? int(c[1]) : 1) : p?.[0].startsWith("每年") ? 1 : undefined;
  const places = count ? int(count[1] ?? "") : undefined;
  if ((places === undefined || places <= 0) && cycleYears === undefined) return undefined;
  const hits = [c, count].filter((m): m is RegExpExecArray => m !== null);
  const start = Math.min(...hits.map((m) => m.index));
  const end = Math.max(...hits.map((m) => m.index + m[0].length));
  return {
    span: { start, end },
    value: {
      ...(places !== undefined && places > 0 ? { count: places } : {}),
      approximate: count?.[2] === "左右",
      ...(cycleYears !== undefined && cycleYears > 0 ? { cycleYears } : {}),
    },
  };
}
