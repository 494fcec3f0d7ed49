// Live validation: the engine's own validateProgram (errors) plus the editor's advice
// (warnings), each tied to the block it concerns so the problems panel can jump there.
import { type JurisdictionContext, type Program, validateProgram } from "@jiangce/rule-schema";
import { type Selection, selectionOfPath } from "./selection.ts";

export interface Problem {
  path: string;
  message: string;
  severity: "error" | "warning";
  selection: Selection;
}

function warnings(program: Program): Array<Omit<Problem, "selection">> {
  const out: Array<Omit<Problem, "selection">> = [];
  program.clauses.forEach((clause, c) => {
    if (clause.responsibleUnits.length > 0 && clause.responsibleUnits[0]?.role !== "lead")
      out.push({
        path: `clauses.${c}.responsibleUnits`,
        message: "责任单位应将牵头单位列在第一位",
        severity: "warning",
      });
    clause.benefits.forEach((benefit, b) => {
      if (!benefit.quote)
        out.push({
          path: `clauses.${c}.benefits.${b}.quote`,
          message: "尚未绑定原文中的给予语句（quote），门户无法引用原文",
          severity: "warning",
        });
    });
  });
  return out;
}

/** `context`: the district's catalogues and the programs above it (what the server validates with). */
export function collectProblems(program: Program, context?: JurisdictionContext): Problem[] {
  const result = validateProgram(program, context);
  const errors = result.issues.map((i) => ({
    path: i.path,
    message: i.message,
    severity: "error" as const,
  }));
  return [...errors, ...warnings(program)].map((p) => ({
    ...p,
    selection: selectionOfPath(program, p.path),
  }));
}

/** The problems at a field path or inside it ("clauses.0.text" covers "clauses.0.text.x"). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
