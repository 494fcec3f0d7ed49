import type { Program } from "../schema/program.ts";
import type { Target } from "../schema/target.ts";

/** A target ready for display: where it stands in the program and its figures in words. */
export interface TargetView {
  id: string;
  /** 总体目标 of the program, a clause's target, or a target of an annex task */
  source: "program" | "clause" | "annex";
  clauseId?: string;
  citation?: string;
  annexId?: string;
  taskSeq?: number;
  label: string;
  qualitative: boolean;
  value?: number;
  unit?: string;
  comparator: Target["comparator"];
  /** "34万人以上", "35%左右", "不超过5%"; absent for a qualitative target */
  valueText?: string;
  byYear?: number;
  perYear: boolean;
  /** "到2027年，技能人才达34万人以上" */
  text: string;
  quote?: string;
}

/** 340000 → "34万", 12500 → "1.25万", 8000 → "8000", 35 → "35". */
export function formatCount(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 10000 && value % 100 === 0) {
    const wan = value / 10000;
    return `${Number.isInteger(wan) ? wan : wan.toFixed(2).replace(/0+$/u, "")}万`;
  }
  return String(value);
}

/** "34万人以上", "35%左右", "不超过5%", "10名" */
export function formatTargetValue(
  value: number,
  unit: string,
  comparator: Target["comparator"],
): string {
  const figure = `${formatCount(value)}${unit}`;
  if (comparator === "at-least") return `${figure}以上`;
  if (comparator === "about") return `${figure}左右`;
  if (comparator === "at-most") return `不超过${figure}`;
  return figure;
}

/** "到2027年，技能人才达34万人以上", "每年新增持证技能人才8000人以上" */
export function describeTarget(t: Target): string {
  const when = t.perYear
    ? t.label.includes("每年")
      ? ""
      : "每年"
    : t.byDate
      ? `到${t.byDate.slice(0, 4)}年，`
      : "";
  if (t.value === undefined || t.unit === undefined) return `${when}${t.label}`;
  const verb = t.comparator === "at-most" ? "" : "达";
  return `${when}${t.label}${verb}${formatTargetValue(t.value, t.unit, t.comparator)}`;
}

function view(
  t: Target,
  where: Pick<TargetView, "source" | "clauseId" | "citation" | "annexId" | "taskSeq">,
): TargetView {
  const out: TargetView = {
    id: t.id,
    ...where,
    label: t.label,
    qualitative: t.value === undefined,
    comparator: t.comparator,
    perYear: t.perYear,
    text: describeTarget(t),
  };
  if (t.value !== undefined) out.value = t.value;
  if (t.unit !== undefined) out.unit = t.unit;
  if (t.value !== undefined && t.unit !== undefined)
    out.valueText = formatTargetValue(t.value, t.unit, t.comparator);
  if (t.byDate) out.byYear = Number(t.byDate.slice(0, 4));
  if (t.quote) out.quote = t.quote;
  return out;
}

/**
 * Every target of a validated program in document order: 总体目标 first, then the clauses',
 * then the annex tasks' (衢州 附件 任务分解), each with its place and formatted figures.
 */
export function programTargets(program: Program): TargetView[] {
  const out: TargetView[] = program.targets.map((t) => view(t, { source: "program" }));
  for (const c of program.clauses)
    for (const t of c.targets)
      out.push(view(t, { source: "clause", clauseId: c.id, citation: c.citation }));
  for (const a of program.annexes)
    for (const task of a.tasks)
      for (const t of task.targets)
        out.push(view(t, { source: "annex", annexId: a.id, taskSeq: task.seq }));
  return out;
}
