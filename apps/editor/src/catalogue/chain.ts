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
import type { Scope } from "../condition/subjects.ts";

export type CatalogueChain = RouterOutputs["catalogue"]["chain"];

/** What the engine validates and compiles a program of the district with (empty until loaded). */
export function contextOfChain(chain: CatalogueChain | undefined): JurisdictionContext {
  return chain ? { catalogues: chain.catalogues, programs: chain.programs } : {};
}

/** "catalogue:330800" → "衢州市目录"; a program above → 《its title》. */
export function sourceLabels(chain: CatalogueChain | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  for (const c of chain?.catalogues ?? [])
    labels.set(catalogueSourceId(c), chain?.labels[c.regionCode] ?? catalogueLabel(c));
  for (const p of chain?.programs ?? []) labels.set(p.id, `《${p.title}》`);
  return labels;
}

/** The facts a program's conditions may name: national, inherited along its chain, its own. */
export function scopeOf(program: Program, context: JurisdictionContext): Scope {
  const inherited = program.issuer ? inheritedFactSources(program.issuer, context) : [];
  return factsInScope([...inherited, program]);
}
