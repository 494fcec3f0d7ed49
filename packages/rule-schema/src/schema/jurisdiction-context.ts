import { covers, jurisdictionPrefix, levelRank } from "../engine/jurisdiction.ts";
import type { FactDeclaration } from "./fact.ts";
import type { Issuer } from "./program.ts";
import type { RegionalCatalogue } from "./regional-catalogue.ts";

/** What sits above a program: the programs and regional catalogues whose values it may use. */
export interface JurisdictionContext {
  programs?: readonly { id: string; issuer: Issuer; facts?: readonly FactDeclaration[] }[];
  catalogues?: readonly RegionalCatalogue[];
}

/** One source of fact declarations, named for conflict messages. */
export interface FactSource {
  id: string;
  facts: readonly FactDeclaration[];
}

/** "catalogue:420000" */
export const catalogueSourceId = (c: RegionalCatalogue): string => `catalogue:${c.regionCode}`;

/**
 * The declarations a program inherits, most senior first (national → province → city →
 * district; a region's catalogue before its programs): catalogues of its own region and the
 * regions containing it, and programs of a higher level whose jurisdiction covers its issuer.
 * A city never inherits from a sibling city, nor from a district inside it.
 */
export function inheritedFactSources(
  issuer: Issuer,
  context: JurisdictionContext = {},
): FactSource[] {
  const own = issuer.regionCode;
  const ranked: { rank: number; order: number; source: FactSource }[] = [];
  for (const c of context.catalogues ?? [])
    if (
      levelRank(c.level) >= levelRank(issuer.level) &&
      covers(jurisdictionPrefix(c.level, c.regionCode), own)
    )
      ranked.push({
        rank: levelRank(c.level),
        order: 0,
        source: { id: catalogueSourceId(c), facts: c.facts },
      });
  for (const p of context.programs ?? [])
    if (
      levelRank(p.issuer.level) > levelRank(issuer.level) &&
      covers(jurisdictionPrefix(p.issuer.level, p.issuer.regionCode), own)
    )
      ranked.push({
        rank: levelRank(p.issuer.level),
        order: 1,
        source: { id: p.id, facts: p.facts ?? [] },
      });
  ranked.sort(
    (a, b) => b.rank - a.rank || a.order - b.order || (a.source.id < b.source.id ? -1 : 1),
  );
  return ranked.map((r) => r.source);
}
