import { ProgramInvalidError } from "../errors/program-invalid-error.ts";
import { ProgramSetInvalidError } from "../errors/program-set-invalid-error.ts";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import type { Amount } from "../schema/amount.ts";
import type { Condition } from "../schema/condition.ts";
import { factsInScope, type ResolvedFact } from "../schema/facts-in-scope.ts";
import type { PrecedenceRule } from "../schema/precedence.ts";
import type { RecipientKind } from "../schema/primitives.ts";
import type { Program } from "../schema/program.ts";
import { validateProgram } from "../schema/validate.ts";
import { type AmountFn, compileAmount, totalKey } from "./compile-amount.ts";
import { type ConditionCompiler, conditionCompiler } from "./compile-condition.ts";
import { alwaysTrue, type EvalContext, type Predicate } from "./context.ts";
import { jurisdictionPrefix, levelRank } from "./jurisdiction.ts";
import { codeGenerationAvailable, generateTest } from "./plan-code.ts";
import { programWindow } from "./program-window.ts";
import { intersection, presenceMask, requiredFacts } from "./required-facts.ts";
import { type SlotTable, slotTable } from "./slot-table.ts";
import type { BenefitRef, DerivationRef, ProgramRef, TierRef, TreatmentRef } from "./types.ts";

export interface CompiledTier {
  ref: TierRef;
  test: Predicate;
  amount: AmountFn;
}

export interface CompiledBenefit {
  ref: BenefitRef;
  recipients: ReadonlySet<string>;
  /** the benefit's own condition (tiers have theirs), for generated plan code */
  condition: Condition | undefined;
  test: Predicate;
  amount: AmountFn | null;
  tiers: CompiledTier[] | null;
  exclusiveGroup: string | null;
  rule: PrecedenceRule;
  /** facts that must be present for the benefit (or any of its tiers) to qualify:
   * `(present[maskWord] & maskBits) === maskBits` (see required-facts.ts) */
  maskWord: number;
  maskBits: number;
  /** index of the matter node (topological order) */
  node: number;
  /** totals a paid entitlement adds to (matter, program + matter) that some amount reads */
  totalKeys: readonly string[] | null;
}

export interface CompiledTreatment {
  ref: TreatmentRef;
  recipients: ReadonlySet<string>;
  condition: Condition | undefined;
  test: Predicate;
  /** structural key of the condition ("" = unconditional): equal conditions are tested once */
  conditionKey: string;
  /** facts that must be present for the condition to hold */
  maskWord: number;
  maskBits: number;
}

export interface CompiledDerivation {
  ref: DerivationRef;
  test: Predicate;
  key: string;
  value: string | number | boolean;
  mode: "add" | "raise" | "set";
  ranks: Map<string, number> | null;
  clauseId: string | undefined;
  /** slot of the derived fact */
  slot: number;
  /** facts that must be present for `when` to hold */
  maskWord: number;
  maskBits: number;
}

/** Matters that must be settled together (shared exclusive groups), in dependency order. */
export interface MatterNode {
  index: number;
  matters: string[];
  /** some later amount reads this node's totals (matching, uplift of a matter) */
  referenced: boolean;
}

export interface CompiledProgramSet {
  readonly kind: "compiled-program-set";
  programs: readonly ProgramRef[];
  benefits: readonly CompiledBenefit[];
  treatments: readonly CompiledTreatment[];
  derivations: readonly CompiledDerivation[];
  nodes: readonly MatterNode[];
  /** total keys (matter, program+matter) some amount reads */
  referencedTotals: ReadonlySet<string>;
  scope: ReadonlyMap<string, ResolvedFact>;
  /** facts some derivation may set */
  derivable: ReadonlySet<string>;
  /** fact key → slot in EvalContext.values */
  slots: ReadonlyMap<string, number>;
  /** the same as a prototype-less object (derived keys) */
  slotIndex: Readonly<Record<string, number | undefined>>;
  /** the same as a hash table (the fastest lookup for profile keys, see slot-table.ts) */
  slotTable: SlotTable;
  /** reusable slot array (evaluation is synchronous, never re-entered) */
  scratch: { values: unknown[]; touched: Int32Array; present: Int32Array; ctx: EvalContext };
  /** per-date plans, filled lazily by the evaluator */
  cache: PlanCache;
  /** the closure compiler (generated plan code calls its closures for rare comparisons) */
  closures: ConditionCompiler;
  /** plans test their conditions with generated code (see plan-code.ts) */
  generateCode: boolean;
}

export interface CompileOptions {
  /**
   * Test conditions with code generated per plan (default: wherever the runtime allows
   * it). `false` keeps the closures only; results are identical either way.
   */
  generateCode?: boolean;
}

export interface PlanCache {
  views: Map<string, unknown>;
  lastAsOf: string | null;
  lastView: unknown;
}

/** Facts without which an amount yields nothing (count, base): absent → no candidate. */
function amountFacts(amount: Amount): Set<string> {
  const out = new Set<string>();
  if (amount.kind === "per-unit")
    out.add("fact" in amount.count ? amount.count.fact : amount.count.records);
  else if ("of" in amount) {
    if ("fact" in amount.of) out.add(amount.of.fact);
    else if ("records" in amount.of) out.add(amount.of.records);
  }
  return out;
}

function recipientsOf(r: RecipientKind | RecipientKind[]): Set<string> {
  return new Set(Array.isArray(r) ? r : [r]);
}

function maxDate(a: string | null, b: string | undefined): string | null {
  if (b === undefined) return a;
  if (a === null) return b;
  return a > b ? a : b;
}
function minDate(a: string | null, b: string | undefined): string | null {
  if (b === undefined) return a;
  if (a === null) return b;
  return a < b ? a : b;
}

/**
 * Validate and compile programs once; evaluate many profiles against the result.
 * Accepts program files (parsed JSON) or already-validated programs. Throws
 * ProgramInvalidError (one program's issues) or ProgramSetInvalidError (set-level issues).
 */
export function compile(
  inputs: readonly unknown[],
  options: CompileOptions = {},
): CompiledProgramSet {
  const programs: Program[] = [];
  inputs.forEach((input, index) => {
    const r = validateProgram(input);
    if (!r.ok) {
      const id = (input as { id?: unknown } | null)?.id;
      throw new ProgramInvalidError(r.issues, typeof id === "string" ? id : `#${index}`);
    }
    programs.push(r.value);
  });
  programs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const setIssues: ValidationIssue[] = [];
  for (let i = 1; i < programs.length; i++)
    if (programs[i]!.id === programs[i - 1]!.id)
      setIssues.push({
        path: programs[i]!.id,
        message: `方案 id ${programs[i]!.id} 重复`,
        code: "duplicate_program",
      });
  const scope = factsInScope(programs, (programId, index, message) =>
    setIssues.push({ path: `${programId}.facts.${index}`, message, code: "fact_conflict" }),
  );
  if (setIssues.length > 0) throw new ProgramSetInvalidError(setIssues);

  const derivable = new Set<string>();
  for (const p of programs) for (const d of p.derivations) derivable.add(d.fact);
  const conditions = conditionCompiler(scope);
  for (const key of derivable) conditions.reader(key); // derived facts get a slot up front

  // Programs, ordered oldest → newest for "newest" rules (effective date, then id).
  const refs: ProgramRef[] = programs.map((program) => {
    const w = programWindow(program.validity);
    const defaults: PrecedenceRule = {
      withinMatter: program.precedence.withinMatter,
      acrossPrograms: program.precedence.acrossPrograms,
      higherLevelOverrides: program.precedence.higherLevelOverrides,
    };
    const rules = new Map<string, PrecedenceRule>();
    for (const [matter, o] of Object.entries(program.precedence.matters))
      rules.set(matter, {
        withinMatter: o.withinMatter ?? defaults.withinMatter,
        acrossPrograms: o.acrossPrograms ?? defaults.acrossPrograms,
        higherLevelOverrides: o.higherLevelOverrides ?? defaults.higherLevelOverrides,
      });
    return {
      id: program.id,
      title: program.title,
      program,
      level: program.issuer.level,
      levelRank: levelRank(program.issuer.level),
      prefix: jurisdictionPrefix(program.issuer.level, program.issuer.regionCode),
      from: w.from,
      until: w.until,
      recency: 0,
      rule: (matter: string) => rules.get(matter) ?? defaults,
    };
  });
  [...refs]
    .sort((a, b) => {
      const fa = a.from ?? "";
      const fb = b.from ?? "";
      if (fa !== fb) return fa < fb ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .forEach((r, i) => {
      r.recency = i;
    });

  // Matter graph: exclusive groups merge matters; amount bases create dependencies.
  const parent = new Map<string, string>();
  const find = (m: string): string => {
    let root = parent.get(m) ?? m;
    if (root !== m) {
      root = find(root);
      parent.set(m, root);
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // the lexically smaller matter becomes the root, so node keys do not depend on order
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  const referencedTotals = new Set<string>();
  const dependencies: [string, string][] = [];
  const allMatters = new Set<string>();
  const amountsOf = (b: Program["clauses"][number]["benefits"][number]): Amount[] =>
    b.amount ? [b.amount] : (b.tiers ?? []).map((t) => t.amount);
  for (const p of programs) {
    const groups = new Map<string, string>();
    for (const c of p.clauses)
      for (const b of c.benefits) {
        allMatters.add(b.matter);
        if (b.exclusiveGroup !== undefined) {
          const first = groups.get(b.exclusiveGroup);
          if (first === undefined) groups.set(b.exclusiveGroup, b.matter);
          else union(first, b.matter);
        }
        for (const a of amountsOf(b))
          for (const of of [
            "of" in a ? a.of : undefined,
            a.capOf === undefined ? undefined : a.capOf.of,
          ])
            if (of !== undefined && "matter" in of) {
              referencedTotals.add(totalKey(of.matter, of.program));
              dependencies.push([b.matter, of.matter]);
            }
      }
  }
  const nodeKeys = [...new Set([...allMatters].map(find))].sort();
  const dependsOn = new Map<string, Set<string>>(nodeKeys.map((k) => [k, new Set<string>()]));
  for (const [from, to] of dependencies) {
    if (!allMatters.has(to)) continue; // base matter not granted by any loaded program
    const a = find(from);
    const b = find(to);
    if (a === b) {
      setIssues.push({
        path: from,
        message: `事项 ${from} 的金额引用了同组事项 ${to}，形成循环`,
        code: "matter_cycle",
      });
      continue;
    }
    dependsOn.get(a)!.add(b);
  }
  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (k: string, trail: string[]) => {
    const s = state.get(k);
    if (s === 2) return;
    if (s === 1) {
      setIssues.push({
        path: k,
        message: `事项之间的金额引用形成循环：${[...trail, k].join(" → ")}`,
        code: "matter_cycle",
      });
      return;
    }
    state.set(k, 1);
    for (const d of [...dependsOn.get(k)!].sort()) visit(d, [...trail, k]);
    state.set(k, 2);
    order.push(k);
  };
  for (const k of nodeKeys) visit(k, []);
  if (setIssues.length > 0) throw new ProgramSetInvalidError(setIssues);
  const nodeIndex = new Map(order.map((k, i) => [k, i]));
  const nodes: MatterNode[] = order.map((_key, index) => ({
    index,
    matters: [],
    referenced: false,
  }));
  for (const m of [...allMatters].sort()) {
    const node = nodes[nodeIndex.get(find(m))!]!;
    node.matters.push(m);
    if (referencedTotals.has(m)) node.referenced = true;
  }
  for (const key of referencedTotals) {
    const matter = key.includes("\u0000") ? key.split("\u0000")[1]! : key;
    if (allMatters.has(matter)) nodes[nodeIndex.get(find(matter))!]!.referenced = true;
  }

  const totalKeysOf = (matter: string, programId: string): string[] | null => {
    const keys = [matter, totalKey(matter, programId)].filter((k) => referencedTotals.has(k));
    return keys.length === 0 ? null : keys;
  };

  // Tier and derivation tests as generated straight-line functions where the runtime allows
  // (benefit and treatment tests are generated per plan, see plan-code.ts); the closure stays
  // the definition and the fallback, and a condition that always holds stays `alwaysTrue`.
  const generateCode = options.generateCode ?? codeGenerationAvailable();
  const testOf = (condition: Condition | undefined): Predicate => {
    const closure = conditions.compile(condition);
    if (!generateCode || condition === undefined || closure === alwaysTrue) return closure;
    return generateTest(condition, scope, conditions);
  };

  // a slot for every required fact first (slots are otherwise assigned as conditions compile)
  const maskOf = (keys: Set<string>) => {
    for (const k of keys) conditions.reader(k);
    return presenceMask(keys, conditions.slots);
  };
  const benefits: CompiledBenefit[] = [];
  const treatments: CompiledTreatment[] = [];
  const derivations: CompiledDerivation[] = [];
  refs.forEach((programRef, pi) => {
    const program = programs[pi]!;
    for (const clause of program.clauses) {
      const clauseFrom = maxDate(programRef.from, clause.effectiveFrom);
      const clauseUntil = minDate(programRef.until, clause.deadline);
      for (const benefit of clause.benefits) {
        const ref: BenefitRef = {
          key: `${program.id}/${benefit.id}`,
          program: programRef,
          clause,
          benefit,
          programId: program.id,
          clauseId: clause.id,
          citation: clause.citation,
          benefitId: benefit.id,
          matter: benefit.matter,
          label: benefit.label,
          period: benefit.period,
          payer: benefit.payer,
          funding: benefit.funding ?? clause.funding,
          validFrom: clauseFrom,
          validUntil: minDate(clauseUntil, benefit.deadline),
        };
        const tiers = benefit.tiers
          ? benefit.tiers.map((tier) => {
              const tierRef: TierRef = {
                tier,
                id: tier.id,
                label: tier.label,
                amount: tier.amount,
              };
              return {
                ref: tierRef,
                test: testOf(tier.conditions),
                amount: compileAmount(tier.amount, ref, tierRef, conditions),
              };
            })
          : null;
        const required = requiredFacts(benefit.conditions);
        const amountNeeds = benefit.tiers
          ? intersection(
              benefit.tiers.map((t) => {
                const r = requiredFacts(t.conditions);
                for (const k of amountFacts(t.amount)) r.add(k);
                return r;
              }),
            )
          : amountFacts(benefit.amount!);
        for (const k of amountNeeds) required.add(k);
        const mask = maskOf(required);
        benefits.push({
          maskWord: mask.word,
          maskBits: mask.bits,
          ref,
          recipients: recipientsOf(benefit.recipient),
          condition: benefit.conditions,
          test: conditions.compile(benefit.conditions),
          amount: benefit.amount ? compileAmount(benefit.amount, ref, null, conditions) : null,
          tiers,
          exclusiveGroup: benefit.exclusiveGroup ?? null,
          rule: programRef.rule(benefit.matter),
          node: nodeIndex.get(find(benefit.matter))!,
          totalKeys: totalKeysOf(benefit.matter, program.id),
        });
      }
      for (const treatment of clause.treatments) {
        const mask = maskOf(requiredFacts(treatment.conditions));
        const test = conditions.compile(treatment.conditions);
        treatments.push({
          ref: {
            program: programRef,
            clause,
            treatment,
            validFrom: clauseFrom,
            validUntil: minDate(clauseUntil, treatment.deadline),
          },
          recipients: recipientsOf(treatment.recipient),
          condition: treatment.conditions,
          test,
          // a condition that always holds ({ all: [] }) counts as none: listed without a test
          conditionKey: test === alwaysTrue ? "" : JSON.stringify(treatment.conditions),
          maskWord: mask.word,
          maskBits: mask.bits,
        });
      }
    }
    for (const derivation of program.derivations) {
      const derivationMask = maskOf(requiredFacts(derivation.when));
      const fact = scope.get(derivation.fact);
      const type = fact?.type;
      derivations.push({
        ref: { program: programRef, derivation },
        test: testOf(derivation.when),
        key: derivation.fact,
        value: derivation.value,
        mode: type === "set" ? "add" : type === "ordered" ? "raise" : "set",
        ranks: type === "ordered" ? new Map(fact!.values.map((v, i) => [v, i])) : null,
        slot: conditions.slots.get(derivation.fact) ?? -1,
        maskWord: derivationMask.word,
        maskBits: derivationMask.bits,
        clauseId: derivation.clauseId,
      });
    }
  });

  return {
    kind: "compiled-program-set",
    programs: refs,
    benefits,
    treatments,
    derivations,
    nodes,
    referencedTotals,
    scope,
    derivable,
    slots: conditions.slots,
    slotIndex: Object.assign(
      Object.create(null) as Record<string, number | undefined>,
      Object.fromEntries(conditions.slots),
    ),
    slotTable: slotTable(conditions.slots),
    scratch: {
      values: new Array(conditions.slots.size).fill(undefined),
      touched: new Int32Array(conditions.slots.size),
      present: new Int32Array((conditions.slots.size >> 5) + 1),
      ctx: { facts: {}, derived: null, kind: "", region: "", values: [] },
    },
    cache: { views: new Map(), lastAsOf: null, lastView: null },
    closures: conditions,
    generateCode,
  };
}

export function isCompiled(value: unknown): value is CompiledProgramSet {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "compiled-program-set"
  );
}
