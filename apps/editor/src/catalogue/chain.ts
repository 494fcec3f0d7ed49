// The district's catalogue chain (catalogue.chain) as the workspace uses it: the engine's context
// for live validation and compiling, the facts in scope, and the labels of their sources.
import type { RouterOutputs } from "@jiangce/api";
import {
  catalogueLabel,
  catalogueSourceId,
  factsInScope,
  inheritedFactSources,
  type JurisdictionContext,
  type Program,
} from "@jiangce/rule-schema";
import { valueSourceKey } from "../condition/fact-sources.ts";
import type { Scope } from "../condition/subjects.ts";

export type CatalogueChain = RouterOutputs["catalogue"]["chain"];

/** What the engine validates and compiles a program of the district with (empty until loaded). */
export function contextOfChain(chain: CatalogueChain | undefined): JurisdictionContext {
  return chain ? { catalogues: chain.catalogues, programs: chain.programs } : {};
}

/**
 * "catalogue:330800" → "衢州市目录"; a program above → 《its title》; and each value a source adds
 * to an existing fact (an extension) → the same label, under `valueSourceKey`.
 */
export function sourceLabels(chain: CatalogueChain | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  const sources = [
    ...(chain?.catalogues ?? []).map((c) => ({
      id: catalogueSourceId(c),
      label: chain?.labels[c.regionCode] ?? catalogueLabel(c),
      facts: c.facts,
    })),
    ...(chain?.programs ?? []).map((p) => ({ id: p.id, label: `《${p.title}》`, facts: p.facts })),
  ];
  for (const { id, label, facts } of sources) {
    labels.set(id, label);
    for (const f of facts)
      if (f.extends)
        for (const v of f.values ?? [])
          if (!labels.has(valueSourceKey(f.key, v.value)))
            labels.set(valueSourceKey(f.key, v.value), label);
  }
  return labels;
}

/** The facts a program's conditions may name: national, inherited along its chain, its own. */
export function scopeOf(program: Program, context: JurisdictionContext): Scope {
  const inherited = program.issuer ? inheritedFactSources(program.issuer, context) : [];
  return factsInScope([...inherited, program]);
}
