// What the builder can put on the left of a comparison: the facts in scope (national catalogue,
// the regional catalogues and programs above, this program's declarations), or, inside a records
// condition, the fields of those records.
import {
  type FactDeclaration,
  type FactType,
  nationalFactsByKey,
  type ResolvedFact,
} from "@jiangce/rule-schema";
import { valueSourceKey } from "./fact-sources.ts";
import { factGroup } from "./operators.ts";
import type { ValueOption } from "./value-input.tsx";

export type Scope = ReadonlyMap<string, ResolvedFact>;

export interface Subject {
  key: string;
  label: string;
  type: FactType;
  options: ValueOption[];
  group: string;
  /** 年, 岁, 人: shown beside a number */
  unit?: string | undefined;
}

/** Units live on declarations (national or the program's own), not on resolved facts. */
export function subjectsOf(
  scope: Scope,
  recordsOf?: string,
  declarations: readonly FactDeclaration[] = [],
  sources?: ReadonlyMap<string, string>,
): Subject[] {
  const unitOf = (key: string) =>
    declarations.find((d) => d.key === key)?.unit ?? nationalFactsByKey.get(key)?.unit;
  if (recordsOf !== undefined) {
    const fields = scope.get(recordsOf)?.fields ?? new Map();
    return [...fields.values()].map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      options: f.values ?? [],
      group: scope.get(recordsOf)?.label ?? recordsOf,
    }));
  }
  return [...scope.values()].map((f) => ({
    key: f.key,
    label: f.label,
    type: f.type,
    options: f.values.map((v) => {
      const label = f.valueLabels.get(v) ?? v;
      const source = sources?.get(valueSourceKey(f.key, v));
      return { value: v, label: source ? `${label}（${source}）` : label };
    }),
    group: factGroup(f.key, f.type, f.origin, sources),
    unit: unitOf(f.key),
  }));
}

/** Picker options grouped as drafters look for facts; searchable by label and key. */
export function groupedOptions(subjects: readonly Subject[], only?: (s: Subject) => boolean) {
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const s of subjects) {
    if (only && !only(s)) continue;
    const list = groups.get(s.group) ?? [];
    list.push({ value: s.key, label: s.label });
    groups.set(s.group, list);
  }
  return [...groups].map(([label, options]) => ({ label, title: label, options }));
}
