import type { Profile } from "../schema/profile.ts";
import { benefitCandidate } from "./candidates.ts";
import { kindSlot, regionSlot } from "./context.ts";
import { applyDerivations, noDerivations } from "./derive.ts";
import { emptyFacts, LazyResult, noValues } from "./lazy-result.ts";
import { planFor } from "./plan.ts";
import { type Candidate, resolvePrecedence } from "./precedence.ts";
import { lookupSlot } from "./slot-table.ts";
import { toCompiled } from "./to-compiled.ts";
import { addToTotals } from "./totals.ts";
import type {
  CompiledProgramSet,
  Entitlement,
  EvaluationResult,
  Exclusion,
  Totals,
  TreatmentRef,
} from "./types.ts";

// Reused per evaluation (evaluation is synchronous and never re-entered); a result gets a
// copy only when something was added, else the shared empty arrays.
const entitlementScratch: Entitlement[] = [];
const exclusionScratch: Exclusion[] = [];
const noEntitlements: Entitlement[] = Object.freeze([]) as unknown as Entitlement[];
const noExclusions: Exclusion[] = Object.freeze([]) as unknown as Exclusion[];

/**
 * Evaluate one profile on a date: what it is entitled to, under which clause, how much, and
 * why (structured; `explain` turns it into Chinese text). Programs out of jurisdiction or
 * outside their dates yield nothing and are listed in `programs` with their status.
 * Results are read-only (empty lists and plan data are shared between results) and refer to
 * the profile (its id and facts), which the caller should not change afterwards.
 */
export function evaluate(
  programs: CompiledProgramSet | readonly unknown[],
  profile: Profile,
  asOf: string,
): EvaluationResult {
  const compiled = toCompiled(programs);
  const kind = profile.kind;
  const region = typeof profile.regionCode === "string" ? profile.regionCode : "";
  const plan = planFor(compiled, asOf, region, kind);
  const facts = (profile.facts as Record<string, unknown> | undefined) ?? emptyFacts;
  if (plan.readsNothing) {
    // outside every program's area (or nothing for this kind): no fact needs loading
    return new LazyResult(
      profile,
      plan,
      noEntitlements,
      noExclusions,
      0,
      plan.treatmentsAlways,
      noDerivations,
      null,
    );
  }

  // Load the profile's facts that some condition reads into their slots (one lookup
  // per profile key: profiles carry few facts, plans read many, and looking up absent keys
  // on objects of varied shapes is slow), and mark them present: a benefit, treatment group
  // or derivation whose required facts are not all present is skipped without testing its
  // condition. The scratch arrays are cleared afterwards.
  const { values, touched, present } = compiled.scratch;
  const slotIndex = compiled.slotIndex;
  let touchedCount = 0;
  const table = compiled.slotTable;
  for (const key in facts) {
    const slot = lookupSlot(table, key);
    if (slot !== -1) {
      const value = facts[key];
      values[slot] = value;
      touched[touchedCount++] = slot;
      // an empty list (honours: []) satisfies no required fact: left unmarked
      if (!Array.isArray(value) || value.length !== 0) present[slot >> 5]! |= 1 << (slot & 31);
    }
  }
  values[kindSlot] = kind;
  values[regionSlot] = region;
  const ctx = compiled.scratch.ctx;
  ctx.facts = facts;
  ctx.derived = null;
  ctx.kind = kind;
  ctx.region = region;
  ctx.asOf = asOf;
  ctx.values = values;
  const entitlements = entitlementScratch;
  const excluded = exclusionScratch;
  try {
    const derived =
      plan.derivations.length > 0 ? applyDerivations(plan, ctx, present) : noDerivations;

    // generated code tests every benefit and treatment group at once (bits in `hits`)
    const code = plan.code;
    const hits = plan.hits;
    if (code !== null) code.run(values, present, ctx, hits);
    const tested = code !== null;

    // With generated tests, most profiles qualify for no benefit: one look at the bits
    let benefitGroups = plan.groups.length;
    if (tested) {
      let any = 0;
      for (let w = 0; w < code.treatmentWord; w++) any |= hits[w]!;
      if (any === 0) benefitGroups = 0;
    }

    let totals: Totals | null = null;
    const groups = plan.groups;
    for (let g = 0; g < benefitGroups; g++) {
      const group = groups[g]!;
      if (group.single) {
        const b = group.benefits[0]!;
        if (tested) {
          const j = group.first;
          if ((hits[j >> 5]! & (1 << (j & 31))) === 0) continue;
        } else if ((present[b.maskWord]! & b.maskBits) !== b.maskBits) continue;
        const e = benefitCandidate(b, ctx, totals, excluded, tested);
        if (e === null) continue;
        entitlements.push(e);
        if (b.totalKeys !== null) totals = addToTotals(totals, b.totalKeys, e);
      } else {
        let candidates: Candidate[] | null = null;
        const list = group.benefits;
        for (let k = 0; k < list.length; k++) {
          const b = list[k]!;
          if (tested) {
            const j = group.first + k;
            if ((hits[j >> 5]! & (1 << (j & 31))) === 0) continue;
          } else if ((present[b.maskWord]! & b.maskBits) !== b.maskBits) continue;
          const e = benefitCandidate(b, ctx, totals, excluded, tested);
          if (e === null) continue;
          if (candidates === null) candidates = [];
          candidates.push({ entitlement: e, benefit: b });
        }
        if (candidates === null) continue;
        const won = candidates.length === 1 ? candidates : resolvePrecedence(candidates, excluded);
        for (const c of won) {
          entitlements.push(c.entitlement);
          if (c.benefit.totalKeys !== null)
            totals = addToTotals(totals, c.benefit.totalKeys, c.entitlement);
        }
      }
    }

    // Treatments: a bitmask of matched groups (the list is built on access); plans with
    // more groups than bits build the list here.
    const treatmentGroups = plan.treatmentGroups;
    let matched = 0;
    let treatments: TreatmentRef[] | null = null;
    if (tested) {
      const base = code.treatmentWord;
      if (treatmentGroups.length === 0) matched = 0;
      else if (treatmentGroups.length <= 31) matched = hits[base]!;
      else {
        treatments = [...plan.treatmentsAlways];
        for (let i = 0; i < treatmentGroups.length; i++)
          if ((hits[base + (i >> 5)]! & (1 << (i & 31))) !== 0)
            treatments.push(...treatmentGroups[i]!.refs);
      }
    } else if (treatmentGroups.length <= 31) {
      for (let i = 0; i < treatmentGroups.length; i++) {
        const group = treatmentGroups[i]!;
        if ((present[group.maskWord]! & group.maskBits) !== group.maskBits) continue;
        if (group.test(ctx)) matched |= 1 << i;
      }
    } else {
      treatments = [...plan.treatmentsAlways];
      for (let i = 0; i < treatmentGroups.length; i++) {
        const group = treatmentGroups[i]!;
        if ((present[group.maskWord]! & group.maskBits) !== group.maskBits) continue;
        if (group.test(ctx)) treatments.push(...group.refs);
      }
    }

    return new LazyResult(
      profile,
      plan,
      entitlements.length === 0 ? noEntitlements : entitlements.slice(),
      excluded.length === 0 ? noExclusions : excluded.slice(),
      matched,
      matched === 0 && treatments === null ? plan.treatmentsAlways : treatments,
      derived,
      ctx.derived,
    );
  } finally {
    // setting length is a runtime call: only when something was added
    if (entitlements.length !== 0) entitlements.length = 0;
    if (excluded.length !== 0) excluded.length = 0;
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i]!;
      values[slot] = undefined;
      present[slot >> 5] = 0;
    }
    if (ctx.derived !== null)
      for (const key in ctx.derived) {
        const slot = slotIndex[key]!;
        values[slot] = undefined;
        present[slot >> 5] = 0;
      }
    values[kindSlot] = undefined;
    values[regionSlot] = undefined;
    ctx.facts = emptyFacts;
    ctx.derived = null;
    ctx.values = noValues;
  }
}
