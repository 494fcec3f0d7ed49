import type { Amount, AmountBase } from "../schema/amount.ts";
import { basisPoints, isFen, scaleRoundHalfUp } from "./money.ts";
import { totalKey } from "./totals.ts";
import type {
  AmountFn,
  BaseUse,
  BenefitRef,
  ConditionCompiler,
  Entitlement,
  EvalContext,
  TierRef,
  Totals,
} from "./types.ts";

type BaseFn = (ctx: EvalContext, totals: Totals | null) => BaseUse | null;

function compileBase(base: AmountBase, conditions: ConditionCompiler): BaseFn {
  if ("fen" in base) {
    const use: BaseUse = { kind: "fen", fen: base.fen };
    return () => use;
  }
  if ("records" in base) {
    const read = conditions.reader(base.records);
    const where =
      base.where === undefined ? null : conditions.compileRecord(base.records, base.where);
    const records = base.records;
    const field = base.field;
    return (ctx) => {
      const list = read(ctx);
      if (!Array.isArray(list)) return null;
      let fen = 0;
      let count = 0;
      for (const rec of list) {
        if (rec === null || typeof rec !== "object") continue;
        if (where !== null && !where(rec as Record<string, unknown>)) continue;
        const v = (rec as Record<string, unknown>)[field];
        if (!isFen(v)) continue;
        fen += v;
        count++;
      }
      return count === 0 ? null : { kind: "records", records, field, fen, count };
    };
  }
  if ("fact" in base) {
    const read = conditions.reader(base.fact);
    const fact = base.fact;
    return (ctx) => {
      const v = read(ctx);
      return isFen(v) ? { kind: "fact", fact, fen: v } : null;
    };
  }
  const key = totalKey(base.matter, base.program);
  const matter = base.matter;
  const program = base.program;
  return (_ctx, totals) => {
    const t = totals?.get(key);
    if (t === undefined) return null;
    return { kind: "matter", matter, program, fen: t.fen, from: t.from };
  };
}

function baseUpTo(base: BaseUse): boolean {
  return base.kind === "matter" && base.from.some((e) => e.upTo);
}

/** Compile an amount into a closure producing the candidate entitlement. */
export function compileAmount(
  amount: Amount,
  ref: BenefitRef,
  tier: TierRef | null,
  conditions: ConditionCompiler,
): AmountFn {
  const cap = amount.cap;
  const upTo = amount.upTo === true;
  const capOf = amount.capOf;
  const capBase = capOf === undefined ? null : compileBase(capOf.of, conditions);
  const capBasisPoints = capOf === undefined ? 0 : basisPoints(capOf.percent);
  const finish = (
    fen: number | "unspecified",
    count: number | null,
    base: BaseUse | null,
    ctx: EvalContext,
    totals: Totals | null,
  ): Entitlement | null => {
    if (fen === 0) return null;
    let capped = false;
    let value = fen;
    let limit: number | null = null;
    let limitBase: BaseUse | null = null;
    let ceiling = upTo || (base !== null && baseUpTo(base));
    if (cap !== undefined) limit = cap;
    if (capBase !== null) {
      limitBase = capBase(ctx, totals);
      if (limitBase === null || limitBase.fen === "unspecified") {
        // the relative cap cannot be computed: the figure is only a ceiling
        ceiling = true;
      } else {
        const relative = scaleRoundHalfUp(limitBase.fen, capBasisPoints, 10000);
        if (limit === null || relative < limit) limit = relative;
        if (baseUpTo(limitBase)) ceiling = true;
      }
    }
    if (limit !== null && value !== "unspecified" && value > limit) {
      value = limit;
      capped = true;
    }
    if (value === 0) return null;
    return {
      ref,
      tier,
      amount: value,
      upTo: ceiling,
      ceilingFen: ceiling ? (value !== "unspecified" ? value : limit) : null,
      capped,
      capFen: capped ? limit : null,
      capBase: limitBase,
      count,
      base,
    };
  };

  switch (amount.kind) {
    case "fixed": {
      const fen = amount.fen;
      return (ctx, totals) => finish(fen, null, null, ctx, totals);
    }
    case "unspecified":
      return (ctx, totals) => finish("unspecified", null, null, ctx, totals);
    case "per-unit": {
      const rate = amount.fenPerUnit;
      const count = amount.count;
      let countOf: (ctx: EvalContext) => number | null;
      if ("fact" in count) {
        const read = conditions.reader(count.fact);
        countOf = (ctx) => {
          const v = read(ctx);
          return typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : null;
        };
      } else {
        const read = conditions.reader(count.records);
        const where = conditions.compileRecord(count.records, count.where);
        countOf = (ctx) => {
          const list = read(ctx);
          if (!Array.isArray(list)) return null;
          let n = 0;
          for (const rec of list) if (rec !== null && typeof rec === "object" && where(rec)) n++;
          return n > 0 ? n : null;
        };
      }
      return (ctx, totals) => {
        const n = countOf(ctx);
        return n === null ? null : finish(scaleRoundHalfUp(rate, n, 1), n, null, ctx, totals);
      };
    }
    default: {
      const base = compileBase(amount.of, conditions);
      let numerator: number;
      let denominator: number;
      if (amount.kind === "matching") {
        numerator = Math.round(amount.ratio * 10000);
        denominator = 10000;
      } else if (amount.kind === "uplift") {
        numerator = basisPoints(100 + amount.percent);
        denominator = 10000;
      } else {
        numerator = basisPoints(amount.percent);
        denominator = 10000;
      }
      return (ctx, totals) => {
        const b = base(ctx, totals);
        if (b === null) return null;
        if (b.fen === "unspecified") return finish("unspecified", null, b, ctx, totals);
        return finish(scaleRoundHalfUp(b.fen, numerator, denominator), null, b, ctx, totals);
      };
    }
  }
}
