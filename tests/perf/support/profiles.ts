import {
  type Condition,
  factsInScope,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  nationalFacts,
  type Program,
  type ResolvedFact,
} from "@jiangce/rule-schema";
import type { Prng } from "./prng.ts";

/**
 * Realistic, varied applicant profiles for the benchmarks, drawn from a seeded PRNG and driven
 * by the programs themselves: which facts exist (national catalogue + the programs' own
 * declarations), which recipient kinds read them, and which regions the programs cover. So the
 * same generator fits the synthetic set and the encoded seed programs.
 */
export interface BenchProfile {
  id: string;
  kind: string;
  regionCode: string;
  facts: Record<string, unknown>;
}

const kindWeights: ReadonlyArray<readonly [string, number]> = [
  ["person", 0.72],
  ["employer", 0.14],
  ["school", 0.05],
  ["training-base", 0.04],
  ["training-institution", 0.02],
  ["association", 0.03],
];

/** Facts read by conditions and amounts of benefits for each recipient kind. */
function factUsage(programs: readonly Program[]): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>();
  const note = (fact: string, kinds: readonly string[]) => {
    const set = usage.get(fact) ?? new Set<string>();
    usage.set(fact, set);
    for (const k of kinds) set.add(k);
  };
  const walk = (c: Condition | undefined, kinds: readonly string[]) => {
    if (!c) return;
    if (isAll(c)) for (const s of c.all) walk(s, kinds);
    else if (isAny(c)) for (const s of c.any) walk(s, kinds);
    else if (isNot(c)) walk(c.not, kinds);
    else note(c.fact, kinds);
  };
  const amountFacts = (a: unknown, kinds: readonly string[]) => {
    const amount = a as {
      of?: { fact?: string };
      capOf?: { of?: { fact?: string } };
      count?: { fact?: string; records?: string };
    };
    if (amount.of?.fact) note(amount.of.fact, kinds);
    if (amount.capOf?.of?.fact) note(amount.capOf.of.fact, kinds);
    if (amount.count?.fact) note(amount.count.fact, kinds);
    if (amount.count?.records) note(amount.count.records, kinds);
  };
  for (const p of programs) {
    for (const d of p.derivations) walk(d.when, ["person"]);
    for (const clause of p.clauses) {
      for (const b of clause.benefits) {
        const kinds = Array.isArray(b.recipient) ? b.recipient : [b.recipient];
        walk(b.conditions, kinds);
        if (b.amount) amountFacts(b.amount, kinds);
        for (const t of b.tiers ?? []) {
          walk(t.conditions, kinds);
          amountFacts(t.amount, kinds);
        }
      }
      for (const t of clause.treatments) {
        const kinds = Array.isArray(t.recipient) ? t.recipient : [t.recipient];
        walk(t.conditions, kinds);
      }
    }
  }
  return usage;
}

/** Literal values conditions compare against, per fact, so numbers land near thresholds. */
function thresholds(programs: readonly Program[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const walk = (c: Condition | undefined) => {
    if (!c) return;
    if (isAll(c)) for (const s of c.all) walk(s);
    else if (isAny(c)) for (const s of c.any) walk(s);
    else if (isNot(c)) walk(c.not);
    else if (!isRecordCondition(c)) {
      const values = Array.isArray(c.value) ? c.value : [c.value];
      for (const v of values) {
        if (typeof v !== "number") continue;
        const list = out.get(c.fact) ?? [];
        list.push(v);
        out.set(c.fact, list);
      }
    }
  };
  for (const p of programs)
    for (const clause of p.clauses)
      for (const b of clause.benefits) {
        walk(b.conditions);
        for (const t of b.tiers ?? []) walk(t.conditions);
      }
  return out;
}

/** Regions inside each program's area (the issuer's own code and some children) plus outsiders. */
function regionsOf(programs: readonly Program[]): string[] {
  const regions: string[] = [];
  for (const p of programs) {
    const code = p.issuer.regionCode;
    if (p.issuer.level === "district") regions.push(code, code);
    else if (p.issuer.level === "city") regions.push(code, `${code.slice(0, 4)}02`);
    else if (p.issuer.level === "province") regions.push(`${code.slice(0, 2)}0502`);
  }
  regions.push("110101", "440305", "510104");
  return regions;
}

export interface ProfileGenerator {
  next(): BenchProfile;
}

/** GB/T 2260 prefix a program covers ("" = national). */
function coveragePrefix(program: Program): string {
  const code = program.issuer.regionCode;
  const level = program.issuer.level;
  return level === "national"
    ? ""
    : level === "province"
      ? code.slice(0, 2)
      : level === "city"
        ? code.slice(0, 4)
        : code;
}

export function profileGenerator(programs: readonly Program[], prng: Prng): ProfileGenerator {
  const scope = factsInScope(programs);
  const units = new Map<string, string>();
  for (const f of [...nationalFacts, ...programs.flatMap((p) => p.facts)])
    if (f.unit !== undefined) units.set(f.key, f.unit);
  // A roster carries the national facts and the facts its own programs ask for: a program's
  // own facts (its titles, its local criteria) appear only on profiles in its area.
  const prefixOf = new Map(programs.map((p) => [p.id, coveragePrefix(p)]));
  const relevant = (fact: ResolvedFact, region: string) => {
    if (fact.origin === "national") return true;
    const prefix = prefixOf.get(fact.origin);
    return prefix === undefined || region.startsWith(prefix);
  };
  const usage = factUsage(programs);
  const limits = thresholds(programs);
  const regions = regionsOf(programs);
  const envelope = new Set(["recipientKind", "regionCode"]);
  const byKind = new Map<string, ResolvedFact[]>();
  for (const [kind] of kindWeights) {
    const facts: ResolvedFact[] = [];
    for (const fact of scope.values()) {
      if (envelope.has(fact.key)) continue;
      const used = usage.get(fact.key);
      if (used?.has(kind)) facts.push(fact);
    }
    byKind.set(kind, facts);
  }

  const pickKind = () => {
    let r = prng.next();
    for (const [kind, w] of kindWeights) {
      r -= w;
      if (r < 0) return kind;
    }
    return "person";
  };

  const number = (fact: ResolvedFact): number => {
    switch (fact.key) {
      case "age":
        return prng.int(18, 62);
      case "frontlineYears":
        return prng.int(0, 30);
      case "employeeCount":
        return Math.round(Math.exp(prng.next() * Math.log(8000)));
    }
    const near = limits.get(fact.key);
    if (near && near.length > 0 && prng.chance(0.8)) {
      const t = prng.pick(near);
      return Math.max(0, Math.round(t * (0.3 + prng.next() * 2.5)));
    }
    // head counts (人, 人次, 生) run into the hundreds; counts of projects, classes, centres
    // and sessions are small
    const unit = units.get(fact.key) ?? "";
    const top = /人|生/.test(unit) ? (unit === "人次" ? 3000 : 300) : 6;
    return Math.round(Math.exp(prng.next() * Math.log(top + 1))) - 1;
  };

  /** ordered values: the low rungs are common, the top ones rare */
  const ordered = (values: readonly string[]): string => {
    const r = prng.next() ** 2.2;
    return values[Math.min(values.length - 1, Math.floor(r * values.length))] ?? values[0]!;
  };

  const competition = (fact: ResolvedFact): Record<string, unknown> => {
    const record: Record<string, unknown> = {};
    for (const field of fact.fields.values()) {
      const values = (field.values ?? []).map((v) => v.value);
      switch (field.type) {
        case "ordered":
          record[field.key] = ordered(values);
          break;
        case "enum":
          record[field.key] = prng.pick(values);
          break;
        case "number":
          record[field.key] = field.key === "year" ? prng.int(2016, 2025) : prng.int(1, 30);
          break;
        case "money":
          if (prng.chance(0.3)) record[field.key] = prng.int(1, 50) * 1_000_000;
          break;
        case "boolean":
          record[field.key] = prng.chance(0.5);
          break;
        default:
          break;
      }
    }
    return record;
  };

  const value = (fact: ResolvedFact, kind: string): unknown => {
    switch (fact.type) {
      case "boolean":
        return prng.chance(0.3);
      case "number":
        return number(fact);
      case "money":
        return prng.int(1, 300) * 10_000;
      case "date":
        return `${prng.int(2015, 2025)}-0${prng.int(1, 9)}-1${prng.int(0, 9)}`;
      case "ordered":
        return ordered(fact.values);
      case "enum":
        return fact.values.length > 0 ? prng.pick(fact.values) : "other";
      case "set":
        // titles and honours are rare among workers; organisations hold a few platforms
        return prng.some(fact.values, kind === "person" ? 0.03 : 0.12);
      case "records":
        return Array.from({ length: prng.int(1, 3) }, () => competition(fact));
      case "region":
        return prng.pick(regions);
      default:
        return "x";
    }
  };

  let seq = 0;
  return {
    next() {
      const kind = pickKind();
      const regionCode = prng.pick(regions);
      const facts: Record<string, unknown> = {};
      for (const fact of byKind.get(kind) ?? []) {
        if (!relevant(fact, regionCode)) continue;
        // records (competition results) are rarer: most workers never competed
        const present = fact.type === "records" ? 0.15 : fact.origin === "national" ? 0.75 : 0.5;
        if (prng.chance(present)) facts[fact.key] = value(fact, kind);
      }
      seq++;
      return { id: `bench-${seq}`, kind, regionCode, facts };
    },
  };
}
