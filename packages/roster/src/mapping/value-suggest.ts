import type { ResolvedFact } from "@jiangce/rule-schema";
import { NO_VALUE, normalizeLabel, optionsOf, valueLookup } from "./values.ts";

/** A column target whose cells must be one of the catalogue's values (the value mapping's rows). */
export interface ValueTarget {
  /** the column target: `fact:<key>` or `record:<fact>.<field>` */
  target: string;
  /** the key of the mapping's `values`: `<fact>` or `<fact>.<field>` */
  key: string;
  label: string;
  /** a set fact: a cell lists several values (荣誉: 湖北工匠、武汉工匠) */
  list: boolean;
  options: { value: string; label: string }[];
}

/** The facts and record fields in scope that have a set of values, as the page lists them. */
export function valueTargets(scope: ReadonlyMap<string, ResolvedFact>): ValueTarget[] {
  const targets: ValueTarget[] = [];
  for (const fact of scope.values()) {
    if (fact.key === "recipientKind" || fact.key === "regionCode") continue;
    if (fact.type === "records") {
      for (const [field, f] of fact.fields) {
        const options = optionsOf(fact, field);
        if (options.length > 0)
          targets.push({
            target: `record:${fact.key}.${field}`,
            key: `${fact.key}.${field}`,
            label: `${fact.label} · ${f.label}`,
            list: false,
            options: options.map((o) => ({ value: o.value, label: o.label })),
          });
      }
      continue;
    }
    const options = optionsOf(fact);
    if (options.length > 0)
      targets.push({
        target: `fact:${fact.key}`,
        key: fact.key,
        label: fact.label,
        list: fact.type === "set",
        options: [...options],
      });
  }
  return targets;
}

/**
 * The catalogue value a raw text most likely means, for staff to confirm: the district's saved
 * choice (NO_VALUE for 无/不适用), a label, value or synonym (as the run reads it), else the
 * longest label the text contains (国家级一类竞赛金牌 → 金牌), else the one label containing
 * the text (湖北工匠 → 省级工匠（如湖北工匠…）). Ambiguous or no match: undefined.
 */
export function valueSuggester(
  target: ValueTarget,
  saved: Readonly<Record<string, string>> = {},
): (raw: string) => string | undefined {
  const lookup = valueLookup(target.key, target.options, saved);
  const labels = target.options.flatMap((o) => {
    const full = normalizeLabel(o.label);
    const short = normalizeLabel(o.label.replace(/[（(].*$/, ""));
    return short !== full && short !== ""
      ? [[full, o.value] as const, [short, o.value] as const]
      : [[full, o.value] as const];
  });
  return (raw) => {
    const known = lookup(raw);
    if (known === null) return NO_VALUE;
    if (known !== undefined) return known;
    const text = normalizeLabel(raw);
    if (text.length < 2) return undefined;
    let best: { length: number; value: string | null } = { length: 0, value: null };
    for (const [label, value] of labels)
      if (label.length >= 2 && text.includes(label)) {
        if (label.length > best.length) best = { length: label.length, value };
        else if (label.length === best.length && best.value !== value)
          best = { length: label.length, value: null };
      }
    if (best.value !== null) return best.value;
    if (best.length > 0) return undefined; // two labels fit equally
    const containing = new Set(labels.filter(([label]) => label.includes(text)).map(([, v]) => v));
    return containing.size === 1 ? [...containing][0] : undefined;
  };
}

/** Suggestions for many raw texts: raw → value, only those with a suggestion. */
export function suggestValues(
  target: ValueTarget,
  raws: Iterable<string>,
  saved?: Readonly<Record<string, string>>,
): Record<string, string> {
  const suggest = valueSuggester(target, saved);
  const out: Record<string, string> = {};
  for (const raw of raws) {
    const value = suggest(raw);
    if (value !== undefined) out[raw] = value;
  }
  return out;
}
