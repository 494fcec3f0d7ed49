import {
  type Condition,
  type FactField,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  type ResolvedFact,
} from "@jiangce/rule-schema";
import {
  type Almanac,
  type NestedCondition,
  type RuleProperties,
  Engine as RulesEngine,
  type TopLevelCondition,
} from "json-rules-engine";
import { amountFromFacts, type CandidateValue } from "./amounts.ts";
import type { Candidate, CandidateDerivation, CandidateSet } from "./candidates.ts";
import { orderedSlice } from "./candidates.ts";

/**
 * Translates the candidate set into json-rules-engine 7 rules, mechanically: one rule per
 * candidate (jurisdiction, recipient kind, benefit and tier conditions as `all`/`any`/`not`
 * with the built-in operators), ordered ranks as `in` lists, records quantifiers as JSONPath
 * filters (`path`) on the fact, derived facts as higher-priority rules that add a runtime
 * fact. json-rules-engine has no arithmetic, so a rule's event names the candidate and the
 * amount is computed from the facts in JS (`amountFromFacts`); precedence is the shared
 * settlement. Three tiny operators fill gaps the library leaves to users: `present`
 * (exists), `startsWith` (region prefixes) and `matches` (a JSONPath filter found a record).
 */

type Scope = ReadonlyMap<string, ResolvedFact>;
type Leaf = NestedCondition;

const jsLit = (v: unknown) => JSON.stringify(v).replace(/"/g, "'");

/** A condition on a record's fields as a JSONPath filter expression (`@.field`). */
function recordFilter(c: Condition, fields: ReadonlyMap<string, FactField>): string {
  if (isAll(c))
    return c.all.length === 0
      ? "true"
      : `(${c.all.map((s) => recordFilter(s, fields)).join(" && ")})`;
  if (isAny(c))
    return c.any.length === 0
      ? "false"
      : `(${c.any.map((s) => recordFilter(s, fields)).join(" || ")})`;
  if (isNot(c)) return `!(${recordFilter(c.not, fields)})`;
  if (isRecordCondition(c)) return "false";
  const field = fields.get(c.fact);
  const ref = `@.${c.fact}`;
  const values = (field?.values ?? []).map((v) => v.value);
  const oneOf = (list: readonly unknown[]) =>
    list.length === 0 ? "false" : `(${list.map((x) => `${ref} === ${jsLit(x)}`).join(" || ")})`;
  const v = c.value;
  switch (c.op) {
    case "eq":
      return `${ref} === ${jsLit(v)}`;
    case "ne":
      return `(${ref} !== undefined && ${ref} !== null && ${ref} !== ${jsLit(v)})`;
    case "exists":
      return `(${ref} !== undefined && ${ref} !== null)`;
    case "in":
      return oneOf(v as unknown[]);
    case "nin":
      return `(${ref} !== undefined && ${ref} !== null && !${oneOf(v as unknown[])})`;
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      if (field?.type === "ordered") return oneOf(orderedSlice(values, c.op, String(v)));
      const sym = { gt: ">", gte: ">=", lt: "<", lte: "<=" }[c.op];
      return `(typeof ${ref} === 'number' && ${ref} ${sym} ${jsLit(v)})`;
    }
    case "between": {
      const [lo, hi] = v as [unknown, unknown];
      if (field?.type === "ordered") {
        const upper = orderedSlice(values, "lte", String(hi));
        return oneOf(orderedSlice(values, "gte", String(lo)).filter((x) => upper.includes(x)));
      }
      return `(typeof ${ref} === 'number' && ${ref} >= ${jsLit(lo)} && ${ref} <= ${jsLit(hi)})`;
    }
    default:
      throw new Error(`json-rules-engine: op ${c.op} inside records is not translated`);
  }
}

function leaf(
  c: { fact: string; op: string; value?: unknown },
  fact: ResolvedFact | undefined,
): Leaf {
  const f = c.fact;
  const v = c.value as never;
  const present: Leaf = { fact: f, operator: "present", value: true };
  switch (c.op) {
    case "eq":
      return { fact: f, operator: "equal", value: v };
    case "ne":
      return { all: [present, { fact: f, operator: "notEqual", value: v }] };
    case "exists":
      return present;
    case "in":
      return { fact: f, operator: "in", value: v };
    case "nin":
      return { all: [present, { fact: f, operator: "notIn", value: v }] };
    case "contains":
      return { fact: f, operator: "contains", value: v };
    case "containsAny":
      return {
        any: (v as unknown[]).map((x) => ({ fact: f, operator: "contains", value: x as never })),
      };
    case "containsAll":
      return {
        all: (v as unknown[]).map((x) => ({ fact: f, operator: "contains", value: x as never })),
      };
    case "within": {
      const code = String(v);
      const prefix = code.endsWith("0000")
        ? code.slice(0, 2)
        : code.endsWith("00")
          ? code.slice(0, 4)
          : code;
      return { fact: f, operator: "startsWith", value: prefix };
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte":
    case "between": {
      if (fact?.type === "ordered") {
        if (c.op === "between") {
          const [lo, hi] = v as [string, string];
          const upper = orderedSlice(fact.values, "lte", hi);
          return {
            fact: f,
            operator: "in",
            value: orderedSlice(fact.values, "gte", lo).filter((x) => upper.includes(x)),
          };
        }
        return {
          fact: f,
          operator: "in",
          value: orderedSlice(fact.values, c.op as "gt", String(v)),
        };
      }
      if (fact?.type !== "number" && fact?.type !== "money")
        throw new Error(`json-rules-engine: ${c.op} on ${fact?.type} facts is not translated`);
      if (c.op === "between") {
        const [lo, hi] = v as [number, number];
        return {
          all: [
            { fact: f, operator: "greaterThanInclusive", value: lo },
            { fact: f, operator: "lessThanInclusive", value: hi },
          ],
        };
      }
      const operator = {
        gt: "greaterThan",
        gte: "greaterThanInclusive",
        lt: "lessThan",
        lte: "lessThanInclusive",
      }[c.op];
      return { fact: f, operator, value: v };
    }
    default:
      throw new Error(`json-rules-engine: op ${c.op} is not translated`);
  }
}

export function conditionToRules(c: Condition, scope: Scope): Leaf {
  if (isAll(c)) return { all: c.all.map((s) => conditionToRules(s, scope)) };
  if (isAny(c)) return { any: c.any.map((s) => conditionToRules(s, scope)) };
  if (isNot(c)) return { not: conditionToRules(c.not, scope) };
  const fact = scope.get(c.fact);
  if (isRecordCondition(c))
    return {
      fact: c.fact,
      path: `$[?(${recordFilter(c.where, fact?.fields ?? new Map())})]`,
      operator: "matches",
      value: c.op === "some",
    };
  return leaf(c, fact);
}

function eligibility(
  kinds: readonly string[] | null,
  prefix: string,
  c: Condition,
  scope: Scope,
): TopLevelCondition {
  const all: Leaf[] = [];
  if (kinds) all.push({ fact: "recipientKind", operator: "in", value: [...kinds] });
  if (prefix !== "") all.push({ fact: "regionCode", operator: "startsWith", value: prefix });
  all.push(conditionToRules(c, scope));
  return { all };
}

function derivationRule(d: CandidateDerivation, scope: Scope, index: number): RuleProperties {
  const values = scope.get(d.fact)?.values ?? [];
  return {
    name: `derive-${index}`,
    priority: 100,
    conditions: eligibility(null, d.prefix, d.condition, scope),
    event: { type: "derive", params: { fact: d.fact } },
    onSuccess: async (_event, almanac: Almanac) => {
      const current = await almanac.factValue(d.fact);
      let next: unknown = d.value;
      if (d.mode === "add") next = Array.isArray(current) ? [...current, d.value] : [d.value];
      else if (
        d.mode === "raise" &&
        typeof current === "string" &&
        values.indexOf(current) >= values.indexOf(String(d.value))
      )
        next = current;
      almanac.addRuntimeFact(d.fact, next);
    },
  };
}

function candidateRule(c: Candidate, scope: Scope): RuleProperties {
  return {
    name: `c${c.index}`,
    priority: 1,
    conditions: eligibility(c.kinds, c.prefix, c.condition, scope),
    event: { type: "candidate", params: { index: c.index } },
  };
}

export interface JsonRulesPeer {
  rules: RuleProperties[];
  evaluate(profile: {
    kind: string;
    regionCode: string;
    facts: Record<string, unknown>;
  }): Promise<Map<number, CandidateValue>>;
}

const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null);

export function jsonRulesPeer(set: CandidateSet): JsonRulesPeer {
  const rules = [
    ...set.derivations.map((d, i) => derivationRule(d, set.scope, i)),
    ...set.candidates.map((c) => candidateRule(c, set.scope)),
  ];
  const engine = new RulesEngine(rules, { allowUndefinedFacts: true });
  engine.addOperator("present", (a: unknown, b: boolean) => (a !== undefined && a !== null) === b);
  engine.addOperator(
    "startsWith",
    (a: unknown, b: string) => typeof a === "string" && a.startsWith(b),
  );
  engine.addOperator("matches", (a: unknown, b: boolean) => nonEmpty(a) === b);
  return {
    rules,
    async evaluate(profile) {
      const facts = {
        ...profile.facts,
        recipientKind: profile.kind,
        regionCode: profile.regionCode,
      };
      const { events, almanac } = await engine.run(facts);
      const out = new Map<number, CandidateValue>();
      const derived = set.derivations.length > 0;
      for (const e of events) {
        if (e.type !== "candidate") continue;
        const index = e.params!.index as number;
        const c = set.candidates[index]!;
        // amounts read derived facts too (a derived count is possible in principle)
        const source = derived ? await withRuntimeFacts(almanac, c, facts) : facts;
        const v = amountFromFacts(c.amount, source, set.scope);
        if (v !== null) out.set(index, v);
      }
      return out;
    },
  };
}

async function withRuntimeFacts(
  almanac: Almanac,
  c: Candidate,
  facts: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const a = c.amount as { count?: { fact?: string }; of?: { fact?: string } };
  const key = a.count?.fact ?? a.of?.fact;
  if (key === undefined) return facts;
  return { ...facts, [key]: await almanac.factValue(key) };
}
