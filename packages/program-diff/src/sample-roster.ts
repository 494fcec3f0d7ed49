import {
  type Condition,
  factsInScope,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  type Profile,
  type Program,
  type RecipientKind,
  type ResolvedFact,
} from "@jiangce/rule-schema";

/** Values a condition mentions, per fact (and per field of a records fact). */
type Mentions = Map<string, { values: unknown[]; fields: Map<string, unknown[]> }>;

function mention(into: Mentions, c: Condition | undefined, recordsOf?: string): void {
  if (c === undefined) return;
  if (isAll(c)) for (const x of c.all) mention(into, x, recordsOf);
  else if (isAny(c)) for (const x of c.any) mention(into, x, recordsOf);
  else if (isNot(c)) mention(into, c.not, recordsOf);
  else if (isRecordCondition(c)) {
    if (!into.has(c.fact)) into.set(c.fact, { values: [], fields: new Map<string, unknown[]>() });
    mention(into, c.where, c.fact);
  } else {
    const value: unknown = c.value;
    const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (recordsOf !== undefined) {
      const fields = into.get(recordsOf)?.fields;
      const known: unknown[] = fields?.get(c.fact) ?? [];
      fields?.set(c.fact, known.concat(list));
    } else {
      const entry = into.get(c.fact) ?? { values: [], fields: new Map<string, unknown[]>() };
      entry.values.push(...list);
      into.set(c.fact, entry);
    }
  }
}

/** Deterministic (mulberry32): the same programs give the same roster, run after run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values worth trying for a fact: those the conditions name, and the ones just below them. */
function options(fact: ResolvedFact | undefined, mentioned: readonly unknown[]): unknown[] {
  const out = new Set<unknown>(mentioned);
  for (const v of mentioned) {
    if (typeof v === "number") out.add(v - 1).add(v + 1);
    else if (fact?.type === "ordered") {
      const i = fact.values.indexOf(String(v));
      if (i > 0) out.add(fact.values[i - 1]);
    }
  }
  if (fact?.type === "boolean") out.add(true).add(false);
  return [...out];
}

/**
 * A sample roster for a who-gains-who-loses comparison: profiles made from the values the two
 * versions' conditions name (and those just below each threshold), so every tier and every
 * tightened or loosened condition is met by some profiles and missed by others.
 */
export function sampleRoster(
  programs: readonly Program[],
  size = 300,
  seed = 20_251_130,
): Profile[] {
  const scope = factsInScope(programs);
  const mentions: Mentions = new Map();
  const kinds = new Set<RecipientKind>();
  for (const p of programs) {
    for (const d of p.derivations) mention(mentions, d.when);
    for (const c of p.clauses) {
      for (const b of c.benefits) {
        for (const k of Array.isArray(b.recipient) ? b.recipient : [b.recipient]) kinds.add(k);
        mention(mentions, b.conditions);
        for (const t of b.tiers ?? []) mention(mentions, t.conditions);
      }
      for (const t of c.treatments) mention(mentions, t.conditions);
    }
  }
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const kindList = kinds.size > 0 ? [...kinds] : (["person"] as RecipientKind[]);
  const regionCode = programs.at(-1)?.issuer.regionCode ?? "100000";
  const roster: Profile[] = [];
  for (let n = 0; n < size; n++) {
    const facts: Record<string, unknown> = {};
    for (const [key, m] of mentions) {
      if (next() < 0.3) continue; // absent: an applicant who did not say
      const fact = scope.get(key);
      if (fact?.type === "records") {
        const record: Record<string, unknown> = {};
        for (const [field, values] of m.fields) {
          const choices = options(undefined, values);
          if (choices.length > 0 && next() < 0.8) record[field] = pick(choices);
        }
        facts[key] = [record];
      } else if (fact?.type === "set") {
        const choices = options(fact, m.values).map(String);
        facts[key] = [...new Set([pick(choices), pick(choices)].filter(() => next() < 0.7))];
      } else {
        const choices = options(fact, m.values);
        if (choices.length > 0) facts[key] = pick(choices);
      }
    }
    roster.push({ id: `sample-${n + 1}`, kind: pick(kindList), regionCode, facts } as Profile);
  }
  return roster;
}
