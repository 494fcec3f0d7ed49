import { type ZenDecision, ZenDecisionContent, ZenEngine } from "@gorules/zen-engine";
import {
  type Amount,
  type AmountBase,
  type Condition,
  type FactField,
  isAll,
  isAny,
  isNot,
  isRecordCondition,
  type ResolvedFact,
} from "@jiangce/rule-schema";
import { roundHalfUp, scaled } from "./amounts.ts";
import type { Candidate, CandidateDerivation, CandidateSet } from "./candidates.ts";
import { orderedSlice } from "./candidates.ts";

/**
 * Translates the candidate set into one GoRules JSON Decision Model graph, mechanically:
 * request → expression node deriving facts (passThrough) → expression node with one
 * expression per candidate, `eligibility ? amount : null`, in the ZEN expression language
 * (conditions, ordered ranks as `in` lists, `some(records, …)` quantifiers, exact decimal
 * arithmetic for rates, uplifts and caps) → response. Amounts based on another matter's paid
 * total come back as "by-matter" and are settled by the shared JS settlement like ours.
 */

type Scope = ReadonlyMap<string, ResolvedFact>;

const lit = (v: unknown): string => {
  if (typeof v === "string") return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(lit).join(", ")}]`;
  throw new Error(`cannot translate literal ${JSON.stringify(v)}`);
};

const factRef = (key: string): string => {
  if (key === "recipientKind") return "kind";
  if (key === "regionCode") return "regionCode";
  return /^[A-Za-z][A-Za-z0-9]*$/.test(key) ? `facts.${key}` : `facts['${key}']`;
};

interface Typed {
  type: string;
  values: readonly string[];
}

function leaf(ref: string, c: { op: string; value?: unknown }, info: Typed): string {
  const v = c.value;
  const isNum = info.type === "number" || info.type === "money";
  const typed = (expr: string, kind: string) => `(type(${ref}) == '${kind}' and ${expr})`;
  switch (c.op) {
    case "eq":
      return `${ref} == ${lit(v)}`;
    case "ne":
      return `(${ref} != null and ${ref} != ${lit(v)})`;
    case "exists":
      return `${ref} != null`;
    case "in":
      return `${ref} in ${lit(v)}`;
    case "nin":
      return `(${ref} != null and not (${ref} in ${lit(v)}))`;
    case "contains":
      return typed(`contains(${ref}, ${lit(v)})`, "array");
    case "containsAny":
      return typed(`some(${ref}, # in ${lit(v)})`, "array");
    case "containsAll":
      return typed(`all(${lit(v)}, contains(${ref}, #))`, "array");
    case "within": {
      const code = String(v);
      const prefix = code.endsWith("0000")
        ? code.slice(0, 2)
        : code.endsWith("00")
          ? code.slice(0, 4)
          : code;
      return typed(`startsWith(${ref}, ${lit(prefix)})`, "string");
    }
    case "between": {
      const [lo, hi] = v as [unknown, unknown];
      if (info.type === "ordered") {
        const slice = orderedSlice(info.values, "gte", String(lo)).filter((x) =>
          orderedSlice(info.values, "lte", String(hi)).includes(x),
        );
        return `${ref} in ${lit(slice)}`;
      }
      if (isNum) return typed(`${ref} >= ${lit(lo)} and ${ref} <= ${lit(hi)}`, "number");
      return typed(
        `date(${ref}) >= date(${lit(lo)}) and date(${ref}) <= date(${lit(hi)})`,
        "string",
      );
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      const sym = { gt: ">", gte: ">=", lt: "<", lte: "<=" }[c.op];
      if (info.type === "ordered")
        return `${ref} in ${lit(orderedSlice(info.values, c.op, String(v)))}`;
      if (isNum) return typed(`${ref} ${sym} ${lit(v)}`, "number");
      return typed(`date(${ref}) ${sym} date(${lit(v)})`, "string");
    }
    default:
      throw new Error(`zen: op ${c.op} is not translated`);
  }
}

function fieldInfo(field: FactField | undefined): Typed {
  return { type: field?.type ?? "string", values: (field?.values ?? []).map((x) => x.value) };
}

/** A condition on the fields of one record (`#` in a ZEN closure). */
function recordToZen(where: Condition, fields: ReadonlyMap<string, FactField>): string {
  if (isAll(where))
    return where.all.length === 0
      ? "true"
      : `(${where.all.map((s) => recordToZen(s, fields)).join(" and ")})`;
  if (isAny(where))
    return where.any.length === 0
      ? "false"
      : `(${where.any.map((s) => recordToZen(s, fields)).join(" or ")})`;
  if (isNot(where)) return `not (${recordToZen(where.not, fields)})`;
  if (isRecordCondition(where)) return "false";
  return leaf(`#.${where.fact}`, where, fieldInfo(fields.get(where.fact)));
}

export function conditionToZen(c: Condition, scope: Scope): string {
  if (isAll(c))
    return c.all.length === 0
      ? "true"
      : `(${c.all.map((s) => conditionToZen(s, scope)).join(" and ")})`;
  if (isAny(c))
    return c.any.length === 0
      ? "false"
      : `(${c.any.map((s) => conditionToZen(s, scope)).join(" or ")})`;
  if (isNot(c)) return `not (${conditionToZen(c.not, scope)})`;
  const fact = scope.get(c.fact);
  const ref = factRef(c.fact);
  if (isRecordCondition(c)) {
    const some = `(type(${ref}) == 'array' and some(${ref}, ${recordToZen(c.where, fact?.fields ?? new Map())}))`;
    return c.op === "none" ? `not ${some}` : some;
  }
  return leaf(ref, c, { type: fact?.type ?? "string", values: fact?.values ?? [] });
}

/** `expr` clipped by `cap` and `capOf` (a relative cap with an unknown base does not clip). */
function capped(amount: Amount, expr: string, scope: Scope): string {
  const out = amount.cap === undefined ? expr : `min([${expr}, ${amount.cap}])`;
  const capOf = (amount as { capOf?: { percent: number; of: AmountBase } }).capOf;
  if (capOf === undefined) return out;
  if ("matter" in capOf.of) throw new Error("zen: capOf of a matter is not translated");
  const bp = Math.round(capOf.percent * 100);
  if ("fen" in capOf.of) return `min([${out}, ${roundHalfUp(capOf.of.fen, bp, 10000)}])`;
  const base = baseToZen(capOf.of, scope);
  return `min([${out}, (${base.known}) ? floor((${base.fen}) * ${bp} / 10000 + 0.5) : ${out}])`;
}

/** A fen base read from the profile: `known` says whether it exists, `fen` is its value. */
function baseToZen(
  of: { fact: string } | { records: string; where?: Condition; field: string },
  scope: Scope,
): { known: string; fen: string } {
  if ("fact" in of) {
    const f = factRef(of.fact);
    return { known: `type(${f}) == 'number' and ${f} >= 0 and ${f} == floor(${f})`, fen: f };
  }
  const list = factRef(of.records);
  const fields = scope.get(of.records)?.fields ?? new Map();
  const v = `#.${of.field}`;
  const money = `type(${v}) == 'number' and ${v} >= 0 and ${v} == floor(${v})`;
  const matching = `filter(${list}, ${of.where ? `(${recordToZen(of.where, fields)}) and ` : ""}${money})`;
  return {
    known: `type(${list}) == 'array' and len(${matching}) > 0`,
    fen: `sum(map(${matching}, ${v}))`,
  };
}

function amountToZen(amount: Amount, scope: Scope): string {
  const clip = (expr: string) => capped(amount, expr, scope);
  switch (amount.kind) {
    case "fixed":
      return amount.fen === 0 ? "null" : clip(String(amount.fen));
    case "unspecified":
      return "'unspecified'";
    case "per-unit": {
      if ("fact" in amount.count) {
        const n = factRef(amount.count.fact);
        return `(type(${n}) == 'number' and ${n} > 0 and ${n} == floor(${n})) ? ${clip(`${amount.fenPerUnit} * ${n}`)} : null`;
      }
      const list = factRef(amount.count.records);
      const fields = scope.get(amount.count.records)?.fields ?? new Map();
      const count = `len(filter(${list}, ${recordToZen(amount.count.where, fields)}))`;
      return `(type(${list}) == 'array' and ${count} > 0) ? ${clip(`${amount.fenPerUnit} * ${count}`)} : null`;
    }
    default: {
      const of = amount.of;
      const s = scaled(amount)!;
      if ("matter" in of) return "'by-matter'";
      if ("fen" in of) return clip(String(roundHalfUp(of.fen, s.numerator, s.denominator)));
      const b = baseToZen(of, scope);
      const half = Math.floor(s.denominator / 2);
      return `(${b.known}) ? ${clip(`floor(((${b.fen}) * ${s.numerator} + ${half}) / ${s.denominator})`)} : null`;
    }
  }
}

function eligibility(c: Candidate, scope: Scope): string {
  const parts = [`kind in ${lit(c.kinds)}`];
  if (c.prefix !== "") parts.push(`startsWith(regionCode, ${lit(c.prefix)})`);
  parts.push(conditionToZen(c.condition, scope));
  return parts.join(" and ");
}

function derivationNode(derivations: readonly CandidateDerivation[], scope: Scope) {
  const byFact = new Map<string, CandidateDerivation[]>();
  for (const d of derivations) byFact.set(d.fact, [...(byFact.get(d.fact) ?? []), d]);
  const expressions = [...byFact.entries()].map(([fact, list], i) => {
    const ref = factRef(fact);
    const when = (d: CandidateDerivation) =>
      `(${d.prefix === "" ? "true" : `startsWith(regionCode, ${lit(d.prefix)})`} and ${conditionToZen(d.condition, scope)})`;
    let value: string;
    const mode = list[0]!.mode;
    if (mode === "add") {
      const adds = list.map((d) => `${when(d)} ? [${lit(d.value)}] : []`);
      value = `(${list.map(when).join(" or ")}) ? flatten([${ref} ?? [], ${adds.map((a) => `(${a})`).join(", ")}]) : ${ref}`;
    } else if (mode === "raise") {
      const values = scope.get(fact)?.values ?? [];
      value = list.reduceRight(
        (rest, d) =>
          `(${when(d)} and not (${ref} in ${lit(orderedSlice(values, "gte", String(d.value)))})) ? ${lit(d.value)} : ${rest}`,
        ref,
      );
    } else {
      value = list.reduceRight((rest, d) => `${when(d)} ? ${lit(d.value)} : ${rest}`, ref);
    }
    return { id: `d${i}`, key: `facts.${fact}`, value };
  });
  return { passThrough: true, inputField: null, outputPath: null, expressions };
}

/** The JDM graph for a candidate set (exported so it can be inspected or saved). */
export function toZenGraph(set: CandidateSet) {
  const position = { x: 0, y: 0 };
  const candidates = set.candidates.map((c) => ({
    id: `c${c.index}`,
    key: `c${c.index}`,
    value: `(${eligibility(c, set.scope)}) ? (${amountToZen(c.amount, set.scope)}) : null`,
  }));
  return {
    nodes: [
      { id: "request", type: "inputNode", name: "Request", position },
      {
        id: "derive",
        type: "expressionNode",
        name: "Derived facts",
        position,
        content: derivationNode(set.derivations, set.scope),
      },
      {
        id: "candidates",
        type: "expressionNode",
        name: "Candidates",
        position,
        content: { expressions: candidates },
      },
      { id: "response", type: "outputNode", name: "Response", position },
    ],
    edges: [
      { id: "e1", sourceId: "request", targetId: "derive", type: "edge" },
      { id: "e2", sourceId: "derive", targetId: "candidates", type: "edge" },
      { id: "e3", sourceId: "candidates", targetId: "response", type: "edge" },
    ],
  };
}

export interface ZenPeer {
  decision: ZenDecision;
  /** candidate index → value, for one profile */
  evaluate(profile: unknown): Promise<Map<number, number | "unspecified" | "by-matter">>;
  dispose(): void;
}

export function zenPeer(set: CandidateSet): ZenPeer {
  const engine = new ZenEngine();
  // ZenDecisionContent pre-compiles the graph's expressions once: ~3x faster per evaluation
  // than handing createDecision the plain JSON (measured here), so zen runs at its best.
  const decision = engine.createDecision(new ZenDecisionContent(toZenGraph(set)));
  const count = set.candidates.length;
  return {
    decision,
    async evaluate(profile) {
      const { result } = await decision.evaluate(profile);
      const out = new Map<number, number | "unspecified" | "by-matter">();
      for (let i = 0; i < count; i++) {
        const v = result[`c${i}`];
        if (v !== null && v !== undefined) out.set(i, v);
      }
      return out;
    },
    dispose: () => engine.dispose(),
  };
}
