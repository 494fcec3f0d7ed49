import { nationalFactsByKey } from "../catalogue/national.ts";
import type { ValidationIssue } from "../errors/validation-issue.ts";
import type { Amount, AmountBase } from "../schema/amount.ts";
import type { Benefit } from "../schema/benefit.ts";
import type { Clause } from "../schema/clause.ts";
import type { FactDeclaration } from "../schema/fact.ts";
import type { Program } from "../schema/program.ts";
import { formatQuota, type Quota } from "../schema/quota.ts";

/** One budget line before it is costed: a benefit with its own amount, or one tier of it. */
export interface BudgetRow {
  key: string;
  clause: Clause;
  benefit: Benefit;
  tierId?: string;
  label: string;
  amount: Amount;
  quota?: Quota;
}

export function budgetRows(p: Program): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const clause of p.clauses)
    for (const benefit of clause.benefits) {
      if (benefit.amount)
        rows.push({
          key: benefit.id,
          clause,
          benefit,
          label: benefit.label,
          amount: benefit.amount,
          quota: benefit.quota,
        });
      for (const tier of benefit.tiers ?? [])
        rows.push({
          key: `${benefit.id}/${tier.id}`,
          clause,
          benefit,
          tierId: tier.id,
          label: `${benefit.label}（${tier.label}）`,
          amount: tier.amount,
          quota: tier.quota ?? (benefit.tiers?.length === 1 ? benefit.quota : undefined),
        });
    }
  return rows;
}

/** A money base an amount reads from the assumptions (`bases`), with its Chinese name. */
export interface BudgetBaseInput {
  key: string;
  label: string;
}

/**
 * What a drafter can state for one line of the estimate (测算假设): its volume, keyed by
 * `key`, and the average of each money base it reads. The form of the compare page is built
 * from these, labelled with the clause citation and the benefit's label.
 */
export interface BudgetInput {
  key: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  tierId?: string;
  label: string;
  /** the volume the text itself gives (名额), overridden by a stated volume */
  quota?: string;
  /** a per-unit rate (每名毕业生3000元): the volume counts units unless unitsEach is stated */
  unitLabel?: string;
  /** the amount is a matching of another matter (1:1配套): no volume of its own is needed */
  followsMatter?: string;
  /** the text gives no amount and no cap (给予一次性奖励): a volume alone cannot cost it */
  amountOpen?: true;
  bases: BudgetBaseInput[];
}

/** The key a base is read under in `bases`, or undefined when it is not an assumption. */
export function baseKey(of: AmountBase): string | undefined {
  if ("fact" in of) return of.fact;
  if ("records" in of) return `${of.records}.${of.field}`;
  return undefined;
}

function factLabel(key: string, declared: readonly FactDeclaration[]): string | undefined {
  const fact = declared.find((f) => f.key === key) ?? nationalFactsByKey.get(key);
  return fact?.label;
}

export function baseLabel(of: AmountBase, p: Program): string {
  const key = baseKey(of) ?? "";
  if ("fact" in of) return factLabel(of.fact, p.facts) ?? key;
  if ("records" in of) {
    const records = p.facts.find((f) => f.key === of.records) ?? nationalFactsByKey.get(of.records);
    const fields = (records as { fields?: readonly { key: string; label: string }[] } | undefined)
      ?.fields;
    const field = fields?.find((f) => f.key === of.field)?.label;
    return records ? `${records.label}·${field ?? of.field}` : key;
  }
  return key;
}

function basesOf(amount: Amount, p: Program): BudgetBaseInput[] {
  const of: AmountBase[] = [];
  if ("of" in amount && amount.of) of.push(amount.of);
  if (amount.capOf) of.push(amount.capOf.of);
  return of.flatMap((o) => {
    const key = baseKey(o);
    return key === undefined ? [] : [{ key, label: baseLabel(o, p).replace(/（分）$/u, "") }];
  });
}

/** The lines a drafter can state assumptions for, in the order of the program. */
export function budgetInputs(p: Program): BudgetInput[] {
  return budgetRows(p).map((row) => {
    const of = "of" in row.amount ? row.amount.of : undefined;
    return {
      key: row.key,
      clauseId: row.clause.id,
      citation: row.clause.citation,
      benefitId: row.benefit.id,
      ...(row.tierId === undefined ? {} : { tierId: row.tierId }),
      label: row.label,
      ...(row.quota ? { quota: formatQuota(row.quota) } : {}),
      ...(row.amount.kind === "per-unit" ? { unitLabel: row.amount.unitLabel } : {}),
      ...(of && "matter" in of ? { followsMatter: of.matter } : {}),
      ...(row.amount.kind === "unspecified" && row.amount.cap === undefined
        ? { amountOpen: true as const }
        : {}),
      bases: basesOf(row.amount, p),
    };
  });
}

/** Volume keys that name no benefit or tier of the program, each with the engine's message. */
export function volumeKeyIssues(
  volumes: Readonly<Record<string, unknown>>,
  keys: ReadonlySet<string>,
): ValidationIssue[] {
  return Object.keys(volumes)
    .filter((k) => !keys.has(k))
    .map((k) => ({
      path: `volumes.${k}`,
      message: `方案中没有待遇 “${k}”；键应为待遇 id，分档待遇写作 “待遇id/档次id”`,
      code: "unknown-benefit",
    }));
}
