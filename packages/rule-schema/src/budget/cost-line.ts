import { formatFen } from "../engine/money.ts";
import type { Period } from "../schema/benefit.ts";
import type { Each } from "./line-each.ts";
import type { Volume } from "./line-volume.ts";

/** The figures of one line: fen per year, total, and the working sentence. */
export interface Costed {
  byYear: Record<string, number>;
  totalFen: number;
  working: string;
  notes: string[];
}

const perPeriod: Partial<Record<Period, string>> = { "per-year": "/年", "per-month": "/月" };

/**
 * count × amount (× 12 months) per year. A total count paid once (用五年时间…150名) is spread
 * evenly over the years; a total count of a yearly allowance is read as that many recipients
 * each year.
 */
export function costLine(
  each: Extract<Each, { kind: "fen" }>,
  volume: Exclude<Volume, { kind: "unknown" }>,
  period: Period,
  years: readonly number[],
  unit: string,
): Costed {
  const months = period === "per-month" ? 12 : 1;
  const eachText = `${each.text}${perPeriod[period] ?? ""}${months > 1 ? " × 12个月" : ""}`;
  const notes = [...each.notes];
  if (volume.approximate) notes.push("名额为约数（左右）");
  if (years.length === 0)
    return { byYear: {}, totalFen: 0, working: "测算年度内不在施行期，不发生支出", notes };
  const byYear: Record<string, number> = {};
  const recurring = period === "per-year" || period === "per-month";
  if (volume.kind === "total" && !recurring) {
    const totalFen = volume.count * each.fen;
    spread(byYear, totalFen, years);
    if (years.length > 1) notes.push(`合计按${years.length}年平均分摊到各年度`);
    const working = `${volume.count}${unit} × ${eachText} = ${formatFen(totalFen)}`;
    return { byYear, totalFen, working, notes };
  }
  const counts =
    volume.kind === "total" ? new Map(years.map((y) => [y, volume.count])) : volume.byYear;
  let totalFen = 0;
  let totalCount = 0;
  for (const y of years) {
    const c = counts.get(y) ?? 0;
    totalCount += c;
    const fen = c * each.fen * months;
    totalFen += fen;
    if (fen > 0) byYear[String(y)] = fen;
  }
  const used = years.map((y) => counts.get(y) ?? 0);
  const result = formatFen(totalFen);
  let working: string;
  if (volume.kind === "counts" && volume.cycles !== undefined) {
    const perCycle = used.find((c) => c > 0) ?? 0;
    working = `${perCycle}${unit} × ${volume.cycles}次评选 × ${eachText} = ${result}`;
  } else if (used.every((c) => c === used[0])) {
    const lead = volume.kind === "total" ? "" : "每年";
    working = `${lead}${used[0]}${unit} × ${eachText} × ${years.length}年 = ${result}`;
  } else {
    const parts = years
      .map((y, i) => ({ y, c: used[i] ?? 0 }))
      .filter(({ c }) => c > 0)
      .map(({ y, c }) => `${y}年${c}${unit}`)
      .join("、");
    working = `共${totalCount}${unit}（${parts}） × ${eachText} = ${result}`;
  }
  return { byYear, totalFen, working, notes };
}

/** Integer fen evenly over the years; the remainder goes to the first year. */
function spread(byYear: Record<string, number>, totalFen: number, years: readonly number[]): void {
  const share = Math.floor(totalFen / years.length);
  const rest = totalFen - share * years.length;
  years.forEach((y, i) => {
    const fen = share + (i === 0 ? rest : 0);
    if (fen > 0) byYear[String(y)] = fen;
  });
}
