import type { Amount } from "../schema/amount.ts";
import type { Condition } from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import type { RecipientKind } from "../schema/primitives.ts";
import type { Program } from "../schema/program.ts";
import { bindConditions } from "./bind-conditions.ts";
import { compileAmount } from "./compile-amount.ts";
import { alwaysTrue } from "./context.ts";
import { earlierDate, laterDate } from "./dates.ts";
import { amountFactKeys } from "./fact-keys.ts";
import type { MatterGraph } from "./matter-graph.ts";
import { generateTest } from "./plan-code.ts";
import { intersection, presenceMask, requiredFacts } from "./required-facts.ts";
import type {
  BenefitRef,
  CompiledBenefit,
  CompiledDerivation,
  CompiledTier,
  CompiledTreatment,
  ConditionCompiler,
  Predicate,
  ProgramRef,
  TierRef,
} from "./types.ts";

/** What compiling one program's clauses needs from the set being compiled. */
export interface ClauseCompilation {
  scope: ReadonlyMap<string, ResolvedFact>;
  conditions: ConditionCompiler;
  graph: MatterGraph;
  /** tier and derivation tests as generated functions (benefits get theirs per plan) */
  generateCode: boolean;
  benefits: CompiledBenefit[];
  treatments: CompiledTreatment[];
  derivations: CompiledDerivation[];
}

function recipientsOf(r: RecipientKind | RecipientKind[]): Set<string> {
  return new Set(Array.isArray(r) ? r : [r]);
}

/** Facts without which an amount yields nothing (count, base): absent → no candidate. */
function requiredAmountFacts(amount: Amount): Set<string> {
  return amountFactKeys(amount, new Set(), { required: true });
}

/**
 * Tier and derivation tests as generated straight-line functions where the runtime allows;
 * the closure stays the definition and the fallback, and a condition that always holds stays
 * `alwaysTrue`.
 */
function testOf(c: ClauseCompilation, condition: Condition | undefined): Predicate {
  const closure = c.conditions.compile(condition);
  if (!c.generateCode || condition === undefined || closure === alwaysTrue) return closure;
  return generateTest(condition, c.scope, c.conditions);
}

/** A slot for every required fact first (slots are otherwise assigned as conditions compile). */
function maskOf(c: ClauseCompilation, keys: Set<string>) {
  for (const k of keys) c.conditions.reader(k);
  return presenceMask(keys, c.conditions.slots);
}

function compileBenefit(c: ClauseCompilation, ref: BenefitRef): CompiledBenefit {
  const benefit = ref.benefit;
  const from = ref.program.from;
  const conditions = bindConditions(benefit.conditions, from, {
    limit: benefit.claimLimit,
    matter: benefit.matter,
  });
  const tiers: CompiledTier[] | null = benefit.tiers
    ? benefit.tiers.map((tier) => {
        const tierRef: TierRef = { tier, id: tier.id, label: tier.label, amount: tier.amount };
        return {
          ref: tierRef,
          test: testOf(c, bindConditions(tier.conditions, from)),
          amount: compileAmount(tier.amount, ref, tierRef, c.conditions),
        };
      })
    : null;
  const required = requiredFacts(conditions);
  const amountNeeds = benefit.tiers
    ? intersection(
        benefit.tiers.map((t) => {
          const r = requiredFacts(t.conditions);
          for (const k of requiredAmountFacts(t.amount)) r.add(k);
          return r;
        }),
      )
    : requiredAmountFacts(benefit.amount!);
  for (const k of amountNeeds) required.add(k);
  const mask = maskOf(c, required);
  return {
    maskWord: mask.word,
    maskBits: mask.bits,
    ref,
    recipients: recipientsOf(benefit.recipient),
    condition: conditions,
    test: c.conditions.compile(conditions),
    amount: benefit.amount ? compileAmount(benefit.amount, ref, null, c.conditions) : null,
    tiers,
    exclusiveGroup: benefit.exclusiveGroup ?? null,
    rule: ref.program.rule(benefit.matter),
    node: c.graph.nodeOf(benefit.matter),
    totalKeys: c.graph.totalKeysOf(benefit.matter, ref.programId),
  };
}

/** Compiles a program's benefits, treatments and derivations into `c`'s lists. */
export function compileProgramClauses(
  c: ClauseCompilation,
  programRef: ProgramRef,
  program: Program,
): void {
  for (const clause of program.clauses) {
    const clauseFrom = laterDate(programRef.from, clause.effectiveFrom);
    const clauseUntil = earlierDate(programRef.until, clause.deadline);
    for (const benefit of clause.benefits)
      c.benefits.push(
        compileBenefit(c, {
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
          validUntil: earlierDate(clauseUntil, benefit.deadline),
        }),
      );
    for (const treatment of clause.treatments) {
      const conditions = bindConditions(treatment.conditions, programRef.from);
      const mask = maskOf(c, requiredFacts(conditions));
      const test = c.conditions.compile(conditions);
      c.treatments.push({
        ref: {
          program: programRef,
          clause,
          treatment,
          validFrom: clauseFrom,
          validUntil: earlierDate(clauseUntil, treatment.deadline),
        },
        recipients: recipientsOf(treatment.recipient),
        condition: conditions,
        test,
        // a condition that always holds ({ all: [] }) counts as none: listed without a test
        conditionKey: test === alwaysTrue ? "" : JSON.stringify(conditions),
        maskWord: mask.word,
        maskBits: mask.bits,
      });
    }
  }
  for (const derivation of program.derivations) {
    const when = bindConditions(derivation.when, programRef.from) ?? derivation.when;
    const mask = maskOf(c, requiredFacts(when));
    const fact = c.scope.get(derivation.fact);
    const type = fact?.type;
    c.derivations.push({
      ref: { program: programRef, derivation },
      test: testOf(c, when),
      key: derivation.fact,
      value: derivation.value,
      mode: type === "set" ? "add" : type === "ordered" ? "raise" : "set",
      ranks: type === "ordered" ? new Map(fact!.values.map((v, i) => [v, i])) : null,
      slot: c.conditions.slots.get(derivation.fact) ?? -1,
      maskWord: mask.word,
      maskBits: mask.bits,
      clauseId: derivation.clauseId,
    });
  }
}
