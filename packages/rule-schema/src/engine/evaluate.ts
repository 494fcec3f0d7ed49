import { InvalidDateError } from "../errors/invalid-date-error.ts";
import type { Profile } from "../schema/profile.ts";
import { type CompiledBenefit, type CompiledProgramSet, compile, isCompiled } from "./compile.ts";
import type { MatterTotal, Totals } from "./compile-amount.ts";
import { type EvalContext, kindSlot, regionSlot } from "./context.ts";
import { isIsoDate } from "./dates.ts";
import { type Plan, planFor } from "./plan.ts";
import { type Candidate, compareEntitlements, resolvePrecedence } from "./resolve-precedence.ts";
import { slotOf } from "./slot-table.ts";
import type {
  DerivationRef,
  Entitlement,
  EvaluationResult,
  Exclusion,
  TreatmentRef,
} from "./types.ts";

const compiledArrays = new WeakMap<readonly unknown[], CompiledProgramSet>();

/** A compiled set, compiling (and remembering) a plain array of programs on first use. */
export function toCompiled(programs: CompiledProgramSet | readonly unknown[]): CompiledProgramSet {
  if (isCompiled(programs)) return programs;
  let compiled = compiledArrays.get(programs);
  if (compiled === undefined) {
    compiled = compile(programs);
    compiledArrays.set(programs, compiled);
  }
  return compiled;
}

let lastCheckedDate = "";
function checkDate(asOf: string) {
  if (asOf === lastCheckedDate) return;
  if (!isIsoDate(asOf)) throw new InvalidDateError(asOf);
  lastCheckedDate = asOf;
}

const emptyFacts: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/**
 * The result of one evaluation. It keeps what the evaluation produced (entitlements,
 * exclusions, fired derivations, a bitmask of matched treatment groups) and reads the rest
 * from the plan and the profile on access: `context` and `treatments` are built on first
 * access, so batch callers that only read entitlements allocate one small object per
 * profile (fewer bytes per result = less of a large roster pushed out of the CPU cache).
 */
class Result implements EvaluationResult {
  readonly entitlements: Entitlement[];
  readonly excluded: Exclusion[];
  readonly derived: readonly DerivationRef[];
  // plain (TS-private) fields: `#private` fields measured slower on the hot path
  private _plan: Plan;
  private _profile: Profile;
  private _matchedGroups: number;
  private _treatments: readonly TreatmentRef[] | null;
  private _derivedFacts: Record<string, unknown> | null;
  private _context: EvalContext | null;

  constructor(
    profile: Profile,
    plan: Plan,
    entitlements: Entitlement[],
    excluded: Exclusion[],
    matchedGroups: number,
    treatments: readonly TreatmentRef[] | null,
    derived: readonly DerivationRef[],
    derivedFacts: Record<string, unknown> | null,
  ) {
    this.entitlements = entitlements;
    this.excluded = excluded;
    this.derived = derived;
    this._plan = plan;
    this._profile = profile;
    this._matchedGroups = matchedGroups;
    this._treatments = treatments;
    this._derivedFacts = derivedFacts;
    this._context = null;
  }

  get profileId(): string {
    return this._profile.id;
  }
  get asOf(): string {
    return this._plan.asOf;
  }
  get programs(): Plan["programs"] {
    return this._plan.programs;
  }
  get clauses(): Plan["clauses"] {
    return this._plan.clauses;
  }
  get benefits(): Plan["benefits"] {
    return this._plan.benefits;
  }
  get compiled(): CompiledProgramSet {
    return this._plan.compiled;
  }

  get treatments(): readonly TreatmentRef[] {
    if (this._treatments === null) {
      const plan = this._plan;
      const matched = this._matchedGroups;
      if (matched === 0) this._treatments = plan.treatmentsAlways;
      else {
        const list = [...plan.treatmentsAlways];
        const groups = plan.treatmentGroups;
        for (let i = 0; i < groups.length; i++)
          if ((matched & (1 << i)) !== 0) list.push(...groups[i]!.refs);
        this._treatments = list;
      }
    }
    return this._treatments;
  }

  get context(): EvalContext {
    if (this._context === null) {
      const profile = this._profile;
      this._context = {
        facts: (profile.facts as Record<string, unknown> | undefined) ?? emptyFacts,
        derived: this._derivedFacts,
        kind: profile.kind,
        region: typeof profile.regionCode === "string" ? profile.regionCode : "",
        values: noValues,
      };
    }
    return this._context;
  }

  toJSON() {
    const { profileId, asOf, entitlements, excluded, derived, programs, clauses, benefits } = this;
    return {
      profileId,
      asOf,
      entitlements,
      excluded,
      treatments: this.treatments,
      derived,
      programs,
      clauses,
      benefits,
      context: this.context,
    };
  }
}

function setPresent(present: Int32Array, slot: number) {
  present[slot >> 5]! |= 1 << (slot & 31);
}

function applyDerivations(plan: Plan, ctx: EvalContext, present: Int32Array): DerivationRef[] {
  const list = plan.derivations;
  let fired: DerivationRef[] | null = null;
  let changed = true;
  for (let pass = 0; changed && pass <= list.length; pass++) {
    changed = false;
    for (const d of list) {
      if ((present[d.maskWord]! & d.maskBits) !== d.maskBits) continue;
      if (fired?.includes(d.ref) || !d.test(ctx)) continue;
      if (fired === null) fired = [];
      fired.push(d.ref);
      changed = true;
      if (ctx.derived === null) ctx.derived = {};
      const derived = ctx.derived;
      const current = derived[d.key] ?? ctx.facts[d.key];
      let next: unknown = current;
      if (d.mode === "add") {
        const list = Array.isArray(current) ? current : [];
        if (!list.includes(d.value)) next = [...list, d.value];
      } else if (d.mode === "raise") {
        const have = typeof current === "string" ? (d.ranks!.get(current) ?? -1) : -1;
        if ((d.ranks!.get(String(d.value)) ?? -1) > have) next = d.value;
      } else next = d.value;
      derived[d.key] = next;
      ctx.values[d.slot] = next;
      setPresent(present, d.slot);
    }
  }
  return fired ?? noDerivations;
}

/** `tested`: the generated plan code already found the benefit's condition true */
function candidateOf(
  b: CompiledBenefit,
  ctx: EvalContext,
  totals: Totals | null,
  excluded: Exclusion[],
  tested: boolean,
): Entitlement | null {
  if (!tested && !b.test(ctx)) return null;
  if (b.tiers === null) return b.amount!(ctx, totals);
  let top: Entitlement | null = null;
  let others: Entitlement[] | null = null;
  for (const t of b.tiers) {
    if (!t.test(ctx)) continue;
    const e = t.amount(ctx, totals);
    if (e === null) continue;
    if (top === null) top = e;
    else {
      others ??= [];
      if (compareEntitlements(e, top) > 0) {
        others.push(top);
        top = e;
      } else others.push(e);
    }
  }
  if (others !== null && top !== null)
    for (const o of others)
      excluded.push({
        candidate: o,
        rule: "tier-highest",
        by: top,
        decidedBy: b.ref.program,
        incomparable: false,
      });
  return top;
}

/** Adds a paid entitlement to the totals later amounts read (matching, uplift of a matter). */
function record(totals: Totals | null, keys: readonly string[], e: Entitlement): Totals {
  const out = totals ?? new Map<string, MatterTotal>();
  for (const key of keys) {
    const t = out.get(key);
    if (t === undefined) out.set(key, { fen: e.amount, upTo: e.upTo, from: [e] });
    else {
      t.fen =
        t.fen === "unspecified" || e.amount === "unspecified" ? "unspecified" : t.fen + e.amount;
      t.upTo ||= e.upTo;
      t.from.push(e);
    }
  }
  return out;
}

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
  checkDate(asOf);
  const kind = profile.kind;
  const region = typeof profile.regionCode === "string" ? profile.regionCode : "";
  const plan = planFor(compiled, asOf, region, kind);
  const facts = (profile.facts as Record<string, unknown> | undefined) ?? emptyFacts;
  if (plan.readsNothing) {
    // outside every program's area (or nothing for this kind): no fact needs loading
    return new Result(
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
    const slot = slotOf(table, key);
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
        const e = candidateOf(b, ctx, totals, excluded, tested);
        if (e === null) continue;
        entitlements.push(e);
        if (b.totalKeys !== null) totals = record(totals, b.totalKeys, e);
      } else {
        let candidates: Candidate[] | null = null;
        const list = group.benefits;
        for (let k = 0; k < list.length; k++) {
          const b = list[k]!;
          if (tested) {
            const j = group.first + k;
            if ((hits[j >> 5]! & (1 << (j & 31))) === 0) continue;
          } else if ((present[b.maskWord]! & b.maskBits) !== b.maskBits) continue;
          const e = candidateOf(b, ctx, totals, excluded, tested);
          if (e === null) continue;
          if (candidates === null) candidates = [];
          candidates.push({ e, b });
        }
        if (candidates === null) continue;
        const won = candidates.length === 1 ? candidates : resolvePrecedence(candidates, excluded);
        for (const c of won) {
          entitlements.push(c.e);
          if (c.b.totalKeys !== null) totals = record(totals, c.b.totalKeys, c.e);
        }
      }
    }

    // Treatments: a bitmask of matched groups (the list is built on access); plans with
    // more groups than bits build the list here.
    const tg = plan.treatmentGroups;
    let matched = 0;
    let treatments: TreatmentRef[] | null = null;
    if (tested) {
      const base = code.treatmentWord;
      if (tg.length === 0) matched = 0;
      else if (tg.length <= 31) matched = hits[base]!;
      else {
        treatments = [...plan.treatmentsAlways];
        for (let i = 0; i < tg.length; i++)
          if ((hits[base + (i >> 5)]! & (1 << (i & 31))) !== 0) treatments.push(...tg[i]!.refs);
      }
    } else if (tg.length <= 31) {
      for (let i = 0; i < tg.length; i++) {
        const group = tg[i]!;
        if ((present[group.maskWord]! & group.maskBits) !== group.maskBits) continue;
        if (group.test(ctx)) matched |= 1 << i;
      }
    } else {
      treatments = [...plan.treatmentsAlways];
      for (let i = 0; i < tg.length; i++) {
        const group = tg[i]!;
        if ((present[group.maskWord]! & group.maskBits) !== group.maskBits) continue;
        if (group.test(ctx)) treatments.push(...group.refs);
      }
    }

    return new Result(
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

const noValues: unknown[] = [];
/** shared by results without derivations; results are read-only */
const noDerivations: DerivationRef[] = [];
