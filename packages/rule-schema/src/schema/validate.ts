import { z } from "zod";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import {
  checkAmount,
  checkClaimLimit,
  checkCondition,
  type PathPart,
  unknownFactMessage,
} from "./check-conditions.ts";
import { checkDeadlines } from "./check-dates.ts";
import { checkTestCases } from "./check-test-cases.ts";
import { factsInScope } from "./facts-in-scope.ts";
import { inheritedFactSources, type JurisdictionContext } from "./jurisdiction-context.ts";
import { findExcessiveNesting } from "./nesting.ts";
import { type Profile, profileSchema } from "./profile.ts";
import { type Program, programSchema } from "./program.ts";

const zhCN = z.locales.zhCN().localeError;

function joinPath(path: readonly PathPart[]): string {
  return path.map((p) => String(p)).join(".");
}

/** zod issues → ours; unions are flattened to the branch that got furthest. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathPart[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const meaningful = issue.errors.filter((branch) =>
        branch.every((i) => i.code !== "invalid_type" || i.path.length > 0),
      );
      const candidates = meaningful.length > 0 ? meaningful : issue.errors;
      const best = candidates.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      if (meaningful.length > 0 && depth(best) > 0) {
        out.push(...fromZodIssues(best, path));
        continue;
      }
    }
    out.push({ path: joinPath(path), message: issue.message, code: issue.code });
  }
  return out;
}

function depth(branch: readonly z.core.$ZodIssue[]): number {
  return branch.reduce((m, i) => Math.max(m, i.path.length), 0);
}

export type ValidationResult<T> =
  | { ok: true; value: T; issues: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Validate a program file (parsed JSON): the zod schema, then the rules zod cannot see:
 * unique ids, conditions that name declared facts with valid values, references that exist.
 * Never throws; every issue names the path and says what to fix.
 */
export function validateProgram(
  input: unknown,
  context?: JurisdictionContext,
): ValidationResult<Program> {
  // bounded first: zod and the engine recurse, a hostile document must not reach them
  const tooDeep = findExcessiveNesting(input);
  if (tooDeep) return { ok: false, issues: [withoutParts(tooDeep)] };
  const parsed = programSchema.safeParse(input, { error: zhCN });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = checkProgramSemantics(parsed.data, context);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data, issues };
}

export function validateProfile(input: unknown): ValidationResult<Profile> {
  const tooDeep = findExcessiveNesting(input, { condition: Number.POSITIVE_INFINITY });
  if (tooDeep) return { ok: false, issues: [withoutParts(tooDeep)] };
  const parsed = profileSchema.safeParse(input, { error: zhCN });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  return { ok: true, value: parsed.data, issues: [] };
}

function withoutParts({ path, message, code }: ValidationIssue): ValidationIssue {
  return { path, message, code };
}

/**
 * `context`: the programs and regional catalogues above the program (province → city →
 * district); their fact declarations count as the program's own, so a city program may name
 * a province's title values without re-declaring them.
 */
export function checkProgramSemantics(
  program: Program,
  context?: JurisdictionContext,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: PathPart[], message: string, code = "semantic") =>
    issues.push({ path: joinPath(path), message, code });

  const sources = [...inheritedFactSources(program.issuer, context), program];
  const scope = factsInScope(sources, (source, index, message) => {
    // the sources above were checked where they are maintained; only this program's own
    // declarations are its issues
    if (source === program.id) add(["facts", index], message, "fact_conflict");
  });

  const ids = new Map<string, string>();
  const unique = (kind: string, id: string, path: PathPart[]) => {
    const key = `${kind}:${id}`;
    const prior = ids.get(key);
    if (prior !== undefined)
      add([...path, "id"], `${kind} id “${id}” 与 ${prior} 重复，请改用唯一的 id`, "duplicate_id");
    else ids.set(key, joinPath(path));
  };

  const clauseIds = new Set(program.clauses.map((c) => c.id));
  const matters = new Set<string>();
  const checkQuote = (quote: string | undefined, text: string, path: PathPart[], where: string) => {
    if (quote !== undefined && !compact(text).includes(compact(quote)))
      add(
        [...path, "quote"],
        `原文摘句 quote 在${where}中找不到；请从原文逐字复制授予该待遇的句子（空白可不同）`,
        "quote_not_in_text",
      );
  };
  program.clauses.forEach((clause, ci) => {
    const cp: PathPart[] = ["clauses", ci];
    unique("条款", clause.id, cp);
    const where = `条款 ${clause.citation} 的原文 text`;
    for (const [i, b] of clause.benefits.entries())
      checkQuote(b.quote, clause.text, [...cp, "benefits", i], where);
    for (const [i, t] of clause.treatments.entries())
      checkQuote(t.quote, clause.text, [...cp, "treatments", i], where);
    for (const [i, t] of clause.targets.entries())
      checkQuote(t.quote, clause.text, [...cp, "targets", i], where);
    clause.benefits.forEach((b, bi) => {
      const bp = [...cp, "benefits", bi];
      unique("待遇", b.id, bp);
      matters.add(b.matter);
      if (b.conditions) checkCondition(b.conditions, [...bp, "conditions"], scope, add);
      if (b.claimLimit) checkClaimLimit(b.claimLimit, [...bp, "claimLimit"], scope, add);
      if (b.amount) checkAmount(b.amount, [...bp, "amount"], scope, add);
      b.tiers?.forEach((t, ti) => {
        if (t.conditions)
          checkCondition(t.conditions, [...bp, "tiers", ti, "conditions"], scope, add);
        checkAmount(t.amount, [...bp, "tiers", ti, "amount"], scope, add);
      });
    });
    clause.treatments.forEach((t, ti) => {
      const tp = [...cp, "treatments", ti];
      unique("非资金待遇", t.id, tp);
      if (t.conditions) checkCondition(t.conditions, [...tp, "conditions"], scope, add);
    });
    for (const [ti, t] of clause.targets.entries()) unique("目标", t.id, [...cp, "targets", ti]);
  });
  const programText = [program.preamble ?? "", program.closing ?? ""].join("\n");
  for (const [ti, t] of program.targets.entries()) {
    unique("目标", t.id, ["targets", ti]);
    checkQuote(t.quote, programText, ["targets", ti], "方案序言 preamble 或结语 closing");
  }
  program.derivations.forEach((d, di) => {
    const dp: PathPart[] = ["derivations", di];
    unique("派生规则", d.id, dp);
    if (d.clauseId !== undefined && !clauseIds.has(d.clauseId))
      add([...dp, "clauseId"], `条款 ${d.clauseId} 不存在`);
    const fact = scope.get(d.fact);
    if (!fact) add([...dp, "fact"], unknownFactMessage(d.fact));
    else if (
      (fact.type === "set" || fact.type === "enum" || fact.type === "ordered") &&
      !fact.values.includes(String(d.value))
    )
      add(
        [...dp, "value"],
        `事实 ${d.fact} 没有可选值 ${String(d.value)}；请在 facts 中用 extends 增加`,
      );
    checkCondition(d.when, [...dp, "when"], scope, add);
  });
  for (const key of Object.keys(program.precedence.matters))
    if (!matters.has(key))
      add(
        ["precedence", "matters", key],
        `本方案没有事项 ${key}；请检查事项名称（benefit.matter）`,
      );
  program.annexes.forEach((a, ai) => {
    if (a.clauseId !== undefined && !clauseIds.has(a.clauseId))
      add(["annexes", ai, "clauseId"], `条款 ${a.clauseId} 不存在`);
  });
  const v = program.validity;
  if (
    v.effective.from === "date" &&
    v.expiry.kind === "last-day" &&
    v.effective.date! > v.expiry.date
  )
    add(["validity", "expiry", "date"], "截止日早于生效日期");
  checkDeadlines(program, add);
  checkTestCases(program, add);
  return issues;
}

/** text without whitespace: quotes are compared ignoring line breaks and spaces */
function compact(text: string): string {
  return text.replace(/\s+/g, "");
}
