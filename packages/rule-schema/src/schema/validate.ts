import { z } from "zod";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import type { AmountBase } from "./amount.ts";
import { checkRelative } from "./check-relative.ts";
import type { ClaimLimit } from "./claim-limit.ts";
import type { Condition } from "./condition.ts";
import { isAll, isAny, isNot, isRecordCondition, isRelative } from "./condition.ts";
import type { FactField } from "./fact.ts";
import { factsInScope, type ResolvedFact } from "./facts-in-scope.ts";
import { inheritedFactSources, type JurisdictionContext } from "./jurisdiction-context.ts";
import { type Profile, profileSchema } from "./profile.ts";
import { type Program, programSchema } from "./program.ts";

const zhCN = z.locales.zhCN().localeError;

type PathPart = PropertyKey;

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
  const parsed = programSchema.safeParse(input, { error: zhCN });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = checkProgramSemantics(parsed.data, context);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data, issues };
}

export function validateProfile(input: unknown): ValidationResult<Profile> {
  const parsed = profileSchema.safeParse(input, { error: zhCN });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  return { ok: true, value: parsed.data, issues: [] };
}

const scalarOps = new Set(["gt", "gte", "lt", "lte", "between"]);

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
  return issues;
}

/** text without whitespace: quotes are compared ignoring line breaks and spaces */
function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

function unknownFactMessage(key: string): string {
  return `未声明的事实 ${key}：请使用全国通用事实（如 skillLevel、honours、competitions）、上级方案或地区目录已声明的事实，或在方案 facts 中声明`;
}

type Add = (path: PathPart[], message: string, code?: string) => void;

function checkBase(
  of: AmountBase | undefined,
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
) {
  if (of && "fact" in of) {
    const f = scope.get(of.fact);
    if (!f) add([...path, "fact"], unknownFactMessage(of.fact));
    else if (f.type !== "money" && f.type !== "number")
      add([...path, "fact"], `作为金额基数的事实 ${of.fact} 应为 money（分）类型`);
  }
  if (of && "records" in of) {
    const f = scope.get(of.records);
    if (!f) add([...path, "records"], unknownFactMessage(of.records));
    else if (f.type !== "records")
      add([...path, "records"], `事实 ${of.records} 不是记录列表（records）`);
    else {
      const field = f.fields.get(of.field);
      if (!field)
        add(
          [...path, "field"],
          `记录 ${of.records} 没有字段 ${of.field}；可用字段：${[...f.fields.keys()].join("、")}`,
        );
      else if (field.type !== "money")
        add([...path, "field"], `作为金额基数的字段 ${of.field} 应为 money（分）类型`);
      if (of.where) checkFieldCondition(of.where, [...path, "where"], f, add, scope);
    }
  }
}

function checkClaimLimit(
  limit: ClaimLimit,
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
) {
  if (limit.levelFact === undefined) return;
  const f = scope.get(limit.levelFact);
  if (!f) add([...path, "levelFact"], unknownFactMessage(limit.levelFact), "unknown_fact");
  else if (f.type !== "ordered")
    add(
      [...path, "levelFact"],
      `levelFact 应为有序等级（ordered）事实，如 skillLevel；${limit.levelFact} 是 ${f.type}`,
    );
}

function checkAmount(
  amount: { kind: string; of?: AmountBase; count?: unknown; capOf?: { of: AmountBase } },
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
) {
  checkBase(amount.of, [...path, "of"], scope, add);
  checkBase(amount.capOf?.of, [...path, "capOf", "of"], scope, add);
  const count = amount.count as { fact?: string; records?: string; where?: Condition } | undefined;
  if (count?.fact !== undefined) {
    const f = scope.get(count.fact);
    if (!f) add([...path, "count", "fact"], unknownFactMessage(count.fact));
    else if (f.type !== "number")
      add([...path, "count", "fact"], `数量事实 ${count.fact} 应为 number 类型`);
  }
  if (count?.records !== undefined) {
    const f = scope.get(count.records);
    if (!f) add([...path, "count", "records"], unknownFactMessage(count.records));
    else if (f.type !== "records")
      add([...path, "count", "records"], `事实 ${count.records} 不是记录列表（records）`);
    else if (count.where)
      checkFieldCondition(count.where, [...path, "count", "where"], f, add, scope);
  }
}

export function checkCondition(
  c: Condition,
  path: PathPart[],
  scope: Map<string, ResolvedFact>,
  add: Add,
): void {
  if (isAll(c) || isAny(c)) {
    const key = isAll(c) ? "all" : "any";
    const list = isAll(c) ? c.all : (c as { any: Condition[] }).any;
    for (const [i, s] of list.entries()) checkCondition(s, [...path, key, i], scope, add);
    return;
  }
  if (isNot(c)) {
    checkCondition(c.not, [...path, "not"], scope, add);
    return;
  }
  const fact = scope.get(c.fact);
  if (!fact) {
    add([...path, "fact"], unknownFactMessage(c.fact), "unknown_fact");
  } else if (isRecordCondition(c)) {
    if (fact.type !== "records")
      add([...path, "op"], `${c.op} 只能用于记录列表（records），${c.fact} 是 ${fact.type}`);
    else checkFieldCondition(c.where, [...path, "where"], fact, add, scope);
  } else if (isRelative(c)) {
    checkRelative(c, path, { key: c.fact, type: fact.type }, scope, null, add, (w, p, r) =>
      checkFieldCondition(w, p, r, add, scope),
    );
  } else {
    checkLeaf(c.op, c.value, fact.type, fact.values, c.fact, path, add);
  }
}

function checkFieldCondition(
  c: Condition,
  path: PathPart[],
  records: ResolvedFact,
  add: Add,
  scope?: ReadonlyMap<string, ResolvedFact>,
): void {
  if (isAll(c) || isAny(c)) {
    const key = isAll(c) ? "all" : "any";
    const list = isAll(c) ? c.all : (c as { any: Condition[] }).any;
    for (const [i, s] of list.entries())
      checkFieldCondition(s, [...path, key, i], records, add, scope);
    return;
  }
  if (isNot(c)) {
    checkFieldCondition(c.not, [...path, "not"], records, add, scope);
    return;
  }
  const field: FactField | undefined = records.fields.get(c.fact);
  if (!field) {
    add(
      [...path, "fact"],
      `记录 ${records.key} 没有字段 ${c.fact}；可用字段：${[...records.fields.keys()].join("、")}`,
      "unknown_fact",
    );
  } else if (isRecordCondition(c)) {
    add([...path, "op"], "记录字段不能再用 some/none");
  } else if (isRelative(c)) {
    const inScope = scope ?? new Map<string, ResolvedFact>();
    checkRelative(c, path, { key: c.fact, type: field.type }, inScope, records, add, (w, p, r) =>
      checkFieldCondition(w, p, r, add, scope),
    );
  } else {
    checkLeaf(
      c.op,
      c.value,
      field.type,
      (field.values ?? []).map((v) => v.value),
      c.fact,
      path,
      add,
    );
  }
}

function checkLeaf(
  op: string,
  value: unknown,
  type: string,
  values: readonly string[],
  key: string,
  path: PathPart[],
  add: Add,
) {
  const listOps = op === "contains" || op === "containsAny" || op === "containsAll";
  if (listOps && type !== "set") {
    add([...path, "op"], `${op} 只能用于集合（set）类型的事实，${key} 是 ${type}`);
    return;
  }
  if (op === "within" && type !== "region") {
    add([...path, "op"], "within 只能用于行政区划（region）类型的事实");
    return;
  }
  if (scalarOps.has(op) && !["number", "money", "date", "ordered"].includes(type)) {
    add([...path, "op"], `${op} 只能比较数字、金额、日期或有序等级，${key} 是 ${type}`);
    return;
  }
  if (type === "enum" || type === "ordered" || type === "set") {
    if (values.length === 0) return; // open set (e.g. industries with no national values)
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    list.forEach((v) => {
      if (!values.includes(String(v)))
        add(
          [...path, "value"],
          `${key} 没有可选值 ${String(v)}；可选值：${values.join("、")}`,
          "unknown_value",
        );
    });
  }
  if ((type === "number" || type === "money") && value !== undefined && op !== "exists") {
    const list = Array.isArray(value) ? value : [value];
    if (list.some((v) => typeof v !== "number"))
      add([...path, "value"], `${key} 是数字，比较值也应为数字`);
  }
  if (type === "boolean" && op !== "exists" && typeof value !== "boolean")
    add([...path, "value"], `${key} 是是/否（boolean）事实，比较值应为 true 或 false`);
}
