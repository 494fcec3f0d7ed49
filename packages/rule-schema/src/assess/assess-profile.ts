import { conditionCompiler } from "../engine/compile-condition.ts";
import { evaluate } from "../engine/evaluate.ts";
import { toCompiled } from "../engine/to-compiled.ts";
import type {
  CompiledBenefit,
  CompiledProgramSet,
  EvalContext,
  Predicate,
} from "../engine/types.ts";
import type { Condition, FactCondition } from "../schema/condition.ts";
import type { ResolvedFact } from "../schema/facts-in-scope.ts";
import type { Profile } from "../schema/profile.ts";
import { amountReads, type Candidate, candidatesOf, ceilingFen } from "./candidates.ts";
import { rankQuestions } from "./rank-questions.ts";
import { leafFacts, no, threeValued, type Verdict, yes } from "./three-valued.ts";
import type { AssessedCandidate, Assessment } from "./types.ts";

const always = new Set(["recipientKind", "regionCode"]);
/** comparisons that stay true when a set gains values or a level rises */
const monotoneOps = new Set(["contains", "containsAny", "containsAll", "gte", "gt", "exists"]);
const leafTests = new WeakMap<CompiledProgramSet, WeakMap<Condition, Predicate>>();

/** The engine's own closure for one comparison (compiled once per condition object). */
function leafTest(compiled: CompiledProgramSet, ctx: EvalContext): (leaf: Condition) => boolean {
  let cache = leafTests.get(compiled);
  if (cache === undefined) {
    cache = new WeakMap();
    leafTests.set(compiled, cache);
  }
  const known = cache;
  const compiler = conditionCompiler(compiled.scope as Map<string, ResolvedFact>, "direct");
  return (leaf) => {
    let test = known.get(leaf);
    if (test === undefined) {
      test = compiler.compile(leaf);
      known.set(leaf, test);
    }
    return test(ctx);
  };
}

/**
 * A partial profile in three values. Facts present in `profile.facts`, and those listed in
 * `answered` (answered "none"/"no": absent on purpose), are known; every other fact is
 * unanswered. Built only when asked; the evaluation itself is untouched.
 */
export function assessProfile(
  programs: CompiledProgramSet | readonly unknown[],
  profile: Profile,
  asOf: string,
  options: { answered?: Iterable<string> } = {},
): Assessment {
  const compiled = toCompiled(programs);
  const result = evaluate(compiled, profile, asOf);
  const answered = new Set([...Object.keys(profile.facts), ...(options.answered ?? []), ...always]);
  const candidates = candidatesOf(compiled, result, profile.kind);
  const unknown = new Map<string, Set<string>>();
  const mark = (f: string) => {
    if (!answered.has(f) && !unknown.has(f)) unknown.set(f, new Set([f]));
  };
  for (const c of candidates) for (const f of readsOf(c)) mark(f);
  const inForce = new Set(
    result.programs.filter((p) => p.status === "in-force").map((p) => p.program.id),
  );
  const derivations = compiled.derivations.filter((d) => inForce.has(d.ref.program.id));
  for (const d of derivations) for (const f of leafFacts(d.ref.derivation.when)) mark(f);
  const test = leafTest(compiled, result.context);
  // a fact a pending derivation may set is as open as that derivation (to a fixpoint)
  for (let changed = true, rounds = 0; changed && rounds <= derivations.length; rounds++) {
    changed = false;
    for (const d of derivations) {
      const v = threeValued(d.ref.derivation.when, unknown, test);
      if (v.value !== "maybe") continue;
      const behind = unknown.get(d.key) ?? new Set<string>();
      const size = behind.size;
      for (const f of v.dependsOn) behind.add(f);
      if (!unknown.has(d.key) || behind.size !== size) changed = true;
      unknown.set(d.key, behind);
    }
  }
  // a derivation that surely fires fixes its fact (set) or a floor under it (add, raise): a
  // comparison that only grows with the value and holds on that floor holds whatever the answer
  const floors = new Set<string>();
  for (const d of derivations) {
    if (threeValued(d.ref.derivation.when, unknown, test).value !== "yes") continue;
    const behind = unknown.get(d.key);
    if (behind === undefined || behind.size !== 1 || !behind.has(d.key)) continue;
    if (d.mode === "set") unknown.delete(d.key);
    else floors.add(d.key);
  }
  const surelyTrue = (leaf: FactCondition, open: readonly string[]) =>
    monotoneOps.has(leaf.op) &&
    leaf.ref === undefined &&
    leaf.measure === undefined &&
    open.every((f) => floors.has(f)) &&
    test(leaf);
  const out: Assessment = {
    applies: [],
    doesNotApply: [],
    undecided: [],
    questions: [],
    complete: true,
  };
  const settled = new Set([
    ...result.entitlements.map((e) => e.ref.key),
    ...result.excluded.map((x) => x.candidate.ref.key),
  ]);
  for (const c of candidates) {
    const v =
      c.kind === "benefit"
        ? benefitVerdict(c.benefit, unknown, test, surelyTrue)
        : threeValued(c.treatment.condition ?? { all: [] }, unknown, test, surelyTrue);
    const view = viewOf(c, [...v.dependsOn].sort());
    // decided, yet the amount comes to nothing (count 0, no base): not a candidate after all
    if (v.value === "yes" && c.kind === "benefit" && !settled.has(c.benefit.ref.key)) {
      out.doesNotApply.push(view);
      continue;
    }
    (v.value === "yes" ? out.applies : v.value === "no" ? out.doesNotApply : out.undecided).push(
      view,
    );
  }
  out.questions = rankQuestions(out.undecided, compiled.scope);
  out.complete = out.questions.length === 0;
  return out;
}

/**
 * A benefit is decided when its condition is, the paid tier is (a tier that may still
 * qualify matters unless a surely qualifying fixed tier pays at least as much), and its
 * amount reads no unanswered fact.
 */
function benefitVerdict(
  b: CompiledBenefit,
  unknown: ReadonlyMap<string, ReadonlySet<string>>,
  test: (leaf: Condition) => boolean,
  surelyTrue: (leaf: FactCondition, open: readonly string[]) => boolean,
): Verdict {
  const own = threeValued(b.condition ?? { all: [] }, unknown, test, surelyTrue);
  if (own.value === "no") return no;
  const pending = new Set(own.dependsOn);
  const amounts = [];
  if (b.tiers === null) {
    if (b.ref.benefit.amount) amounts.push(b.ref.benefit.amount);
  } else {
    const verdicts = b.tiers.map((t) => ({
      t,
      v: threeValued(t.ref.tier.conditions ?? { all: [] }, unknown, test, surelyTrue),
    }));
    if (verdicts.every((x) => x.v.value === "no")) return no;
    const sure = verdicts.filter((x) => x.v.value === "yes").map((x) => ceilingFen(x.t.ref.amount));
    const floor =
      sure.length > 0 && sure.every((f) => f !== null) ? Math.max(...(sure as number[])) : null;
    for (const { t, v } of verdicts) {
      if (v.value === "no") continue;
      const fen = ceilingFen(t.ref.amount);
      if (v.value === "maybe" && !(floor !== null && fen !== null && fen <= floor))
        for (const f of v.dependsOn) pending.add(f);
      amounts.push(t.ref.amount);
    }
  }
  for (const a of amounts)
    for (const f of amountReads(a, new Set())) for (const g of unknown.get(f) ?? []) pending.add(g);
  return pending.size === 0 ? yes : { value: "maybe", dependsOn: pending };
}

function readsOf(c: Candidate): Set<string> {
  const into = new Set<string>();
  if (c.kind === "treatment")
    return c.treatment.condition ? leafFacts(c.treatment.condition, into) : into;
  const b = c.benefit;
  if (b.condition) leafFacts(b.condition, into);
  if (b.ref.benefit.amount) amountReads(b.ref.benefit.amount, into);
  for (const t of b.tiers ?? []) {
    if (t.ref.tier.conditions) leafFacts(t.ref.tier.conditions, into);
    amountReads(t.ref.amount, into);
  }
  return into;
}

function viewOf(c: Candidate, dependsOn: string[]): AssessedCandidate {
  if (c.kind === "treatment") {
    const r = c.treatment.ref;
    return {
      kind: "treatment",
      key: `${r.program.id}/${r.treatment.id}`,
      programId: r.program.id,
      citation: r.clause.citation,
      label: r.treatment.label,
      matter: null,
      ceilingFen: null,
      dependsOn,
    };
  }
  const r = c.benefit.ref;
  const ceilings = r.benefit.amount
    ? [ceilingFen(r.benefit.amount)]
    : (c.benefit.tiers ?? []).map((t) => ceilingFen(t.ref.amount));
  const known = ceilings.filter((f): f is number => f !== null);
  return {
    kind: "benefit",
    key: r.key,
    programId: r.programId,
    citation: r.citation,
    label: r.label,
    matter: r.matter,
    ceilingFen: known.length > 0 ? Math.max(...known) : null,
    dependsOn,
  };
}
