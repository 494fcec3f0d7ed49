import {
  type Benefit,
  describeCondition,
  describeGrant,
  factsInScope,
  formatAmountSpec,
  inheritedFactSources,
  type Program,
  type RegionalCatalogue,
} from "@jiangce/rule-schema";

/** A published program as the across-districts page reads it (from portal.getProgram). */
export interface PublishedProgram {
  programId: string;
  title: string;
  district: string;
  document: Program;
  /** the catalogues of its issuer's region and above, whose facts its conditions may name */
  catalogues?: readonly RegionalCatalogue[];
}

/** One benefit of one program that grants the matter asked about, in the engine's words. */
export interface MatterGrant {
  programId: string;
  programTitle: string;
  district: string;
  clauseId: string;
  citation: string;
  benefitId: string;
  matter: string;
  /** "给予国家级技能大师工作室经费补助10万元", one per tier for a tiered benefit */
  grants: string[];
  /** "10万元", one per tier ("国家级：10万元") */
  amounts: string[];
  /** the benefit's and its tiers' conditions, or none when it has none */
  conditions: string[];
}

function matches(benefit: Benefit, query: string): boolean {
  return (
    benefit.matter === query ||
    benefit.label.includes(query) ||
    (benefit.tiers ?? []).some((t) => t.label.includes(query))
  );
}

/**
 * Every benefit in `programs` that grants the matter `query` (its id) or whose label or a tier's
 * label contains the text, in program then clause order, so one matter can be read side by side
 * across districts.
 */
export function matterGrants(programs: readonly PublishedProgram[], query: string): MatterGrant[] {
  const q = query.trim();
  if (q === "") return [];
  return programs.flatMap((p) => {
    const inherited = inheritedFactSources(p.document.issuer, { catalogues: p.catalogues ?? [] });
    const scope = factsInScope([...inherited, p.document]);
    return p.document.clauses.flatMap((clause) =>
      (clause.benefits ?? [])
        .filter((b) => matches(b, q))
        .map((b) => {
          const tiers = b.tiers ?? [];
          const conditions = [
            ...(b.conditions ? [describeCondition(scope, b.conditions)] : []),
            ...tiers.flatMap((t) =>
              t.conditions ? [`${t.label}：${describeCondition(scope, t.conditions)}`] : [],
            ),
          ];
          return {
            programId: p.programId,
            programTitle: p.title,
            district: p.district,
            clauseId: clause.id,
            citation: clause.citation,
            benefitId: b.id,
            matter: b.matter,
            grants: tiers.length ? tiers.map((t) => describeGrant(b, t)) : [describeGrant(b)],
            amounts: tiers.length
              ? tiers.map((t) => `${t.label}：${formatAmountSpec(t.amount)}`)
              : b.amount
                ? [formatAmountSpec(b.amount)]
                : [],
            conditions,
          };
        }),
    );
  });
}

/** The matters on offer to pick from: each matter id once, with the first label that grants it. */
export function matterOptions(
  programs: readonly PublishedProgram[],
): { matter: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const p of programs)
    for (const clause of p.document.clauses)
      for (const b of clause.benefits ?? []) if (!seen.has(b.matter)) seen.set(b.matter, b.label);
  return [...seen].map(([matter, label]) => ({ matter, label }));
}
