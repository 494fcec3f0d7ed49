import { InvalidDateError } from "../errors/invalid-date-error.ts";
import { isIsoDate } from "./dates.ts";
import { covers } from "./jurisdiction.ts";
import { generatePlanCode } from "./plan-code.ts";
import { windowStatus } from "./program-window.ts";
import type {
  BenefitStatus,
  ClauseStatus,
  CompiledBenefit,
  CompiledProgramSet,
  DateView,
  Plan,
  PlanGroup,
  ProgramStatus,
  RegionView,
  TreatmentGroup,
} from "./types.ts";

const maxCachedDates = 64;

function dateView(compiled: CompiledProgramSet, asOf: string): DateView {
  const cache = compiled.cache;
  if (cache.lastAsOf === asOf) return cache.lastView!;
  let view = cache.views.get(asOf);
  if (view === undefined) {
    // a date is checked once, when its plans are first needed
    if (!isIsoDate(asOf)) throw new InvalidDateError(asOf);
    if (cache.views.size >= maxCachedDates) cache.views.clear();
    view = { regions: new Map() };
    cache.views.set(asOf, view);
  }
  cache.lastAsOf = asOf;
  cache.lastView = view;
  return view;
}

function buildRegionView(compiled: CompiledProgramSet, asOf: string, region: string): RegionView {
  const programs: ProgramStatus[] = [];
  const clauses: ClauseStatus[] = [];
  const inForce = new Set<string>();
  const expiredClauses = new Set<string>();
  for (const program of compiled.programs) {
    if (!covers(program.prefix, region)) {
      programs.push({ program, status: "outside-jurisdiction" });
      continue;
    }
    const status = windowStatus(program.from, program.until, asOf, true);
    programs.push({ program, status });
    if (status !== "in-force") continue;
    inForce.add(program.id);
    for (const clause of program.program.clauses) {
      if (clause.effectiveFrom === undefined && clause.deadline === undefined) continue;
      const s = windowStatus(clause.effectiveFrom ?? null, clause.deadline ?? null, asOf, false);
      if (s === "expired" || s === "not-yet-effective") {
        clauses.push({
          program,
          clause,
          status: s,
          from: clause.effectiveFrom ?? null,
          until: clause.deadline ?? null,
        });
        expiredClauses.add(`${program.id}/${clause.id}`);
      }
    }
  }
  return { programs, clauses, inForce, expiredClauses, byKind: new Map() };
}

function buildPlan(
  compiled: CompiledProgramSet,
  asOf: string,
  regionView: RegionView,
  kind: string,
): Plan {
  const inWindow = (from: string | null, until: string | null) =>
    windowStatus(from, until, asOf, false) === "in-force";
  const byNode = new Map<number, CompiledBenefit[]>();
  const outOfDate: BenefitStatus[] = [];
  for (const b of compiled.benefits) {
    if (!regionView.inForce.has(b.ref.programId) || !b.recipients.has(kind)) continue;
    const status = windowStatus(b.ref.validFrom, b.ref.validUntil, asOf, false);
    if (status !== "in-force") {
      // a clause outside its dates is reported once, as a clause
      if (!regionView.expiredClauses.has(`${b.ref.programId}/${b.ref.clauseId}`))
        outOfDate.push({
          ref: b.ref,
          status: status === "not-yet-effective" ? "not-yet-effective" : "expired",
          from: b.ref.validFrom,
          until: b.ref.validUntil,
        });
      continue;
    }
    const list = byNode.get(b.node);
    if (list) list.push(b);
    else byNode.set(b.node, [b]);
  }
  let first = 0;
  const groups: PlanGroup[] = [...byNode.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([node, benefits]) => {
      const group = {
        node,
        benefits,
        single: benefits.length === 1 && benefits[0]!.tiers === null,
        referenced: compiled.nodes[node]!.referenced,
        first,
      };
      first += benefits.length;
      return group;
    });
  const treatments = compiled.treatments.filter(
    (t) =>
      regionView.inForce.has(t.ref.program.id) &&
      t.recipients.has(kind) &&
      inWindow(t.ref.validFrom, t.ref.validUntil),
  );
  const derivations = compiled.derivations.filter(
    (d) =>
      regionView.inForce.has(d.ref.program.id) &&
      (d.clauseId === undefined ||
        !regionView.expiredClauses.has(`${d.ref.program.id}/${d.clauseId}`)),
  );
  const treatmentsAlways = treatments.filter((t) => t.conditionKey === "").map((t) => t.ref);
  const byCondition = new Map<string, TreatmentGroup>();
  for (const t of treatments) {
    if (t.conditionKey === "") continue;
    const g = byCondition.get(t.conditionKey);
    if (g) g.refs.push(t.ref);
    else
      byCondition.set(t.conditionKey, {
        condition: t.condition,
        test: t.test,
        maskWord: t.maskWord,
        maskBits: t.maskBits,
        refs: [t.ref],
      });
  }
  const treatmentGroups = [...byCondition.values()];
  const code =
    compiled.generateCode && (groups.length > 0 || treatmentGroups.length > 0)
      ? generatePlanCode(
          groups.flatMap((g) => g.benefits),
          treatmentGroups,
          compiled.scope,
          compiled.closures,
        )
      : null;
  return {
    asOf,
    compiled,
    programs: regionView.programs,
    clauses: regionView.clauses,
    benefits: outOfDate,
    derivations,
    groups,
    treatmentsAlways,
    treatmentGroups,
    code,
    hits: new Int32Array(code?.words ?? 0),
    readsNothing: groups.length === 0 && byCondition.size === 0 && derivations.length === 0,
  };
}

/** The cached plan for a date, region and recipient kind. */
export function planFor(
  compiled: CompiledProgramSet,
  asOf: string,
  region: string,
  kind: string,
): Plan {
  const view = dateView(compiled, asOf);
  let regionView = view.regions.get(region);
  if (regionView === undefined) {
    regionView = buildRegionView(compiled, asOf, region);
    view.regions.set(region, regionView);
  }
  let plan = regionView.byKind.get(kind);
  if (plan === undefined) {
    plan = buildPlan(compiled, asOf, regionView, kind);
    regionView.byKind.set(kind, plan);
  }
  return plan;
}
