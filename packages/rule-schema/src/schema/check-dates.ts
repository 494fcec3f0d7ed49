import type { Program } from "./program.ts";

type PathPart = string | number;

/**
 * The earliest date the program names for itself (issued, published, or a stated effective
 * date), with the field it comes from; undefined when the text states none (a draft).
 */
export function programStart(program: Program): { date: string; field: string } | undefined {
  const v = program.validity;
  const candidates = [
    { date: v.issued, field: "印发日期 validity.issued" },
    { date: v.published, field: "公布日期 validity.published" },
    {
      date: v.effective.from === "date" ? v.effective.date : undefined,
      field: "生效日期 validity.effective.date",
    },
  ].filter((c): c is { date: string; field: string } => c.date !== undefined);
  return candidates.sort((a, b) => a.date.localeCompare(b.date))[0];
}

/**
 * A deadline (last day of a clause, a benefit or a treatment) before the program even starts is
 * a typing error (到2025年 typed as 1925-12-31): nothing could ever be paid under it.
 */
export function checkDeadlines(
  program: Program,
  add: (path: PathPart[], message: string, code?: string) => void,
): void {
  const start = programStart(program);
  if (!start) return;
  const check = (deadline: string | undefined, path: PathPart[], what: string) => {
    if (deadline !== undefined && deadline < start.date)
      add(
        [...path, "deadline"],
        `${what}截止日期 deadline（${deadline}）早于方案${start.field}（${start.date}）；请核对年份，如 到2025年 → 2025-12-31`,
        "deadline_before_start",
      );
  };
  program.clauses.forEach((clause, ci) => {
    check(clause.deadline, ["clauses", ci], `条款 ${clause.citation} 的`);
    for (const [bi, b] of clause.benefits.entries())
      check(b.deadline, ["clauses", ci, "benefits", bi], `待遇 ${b.id} 的`);
    for (const [ti, t] of clause.treatments.entries())
      check(t.deadline, ["clauses", ci, "treatments", ti], `非资金待遇 ${t.id} 的`);
  });
}
