import {
  catalogueLabel,
  catalogueSourceId,
  type FactDeclaration,
  type Program,
  type RegionalCatalogue,
} from "@jiangce/rule-schema";

/** One declarer of facts the form may ask: a regional catalogue or a program. */
export interface DeclaringSource {
  /** as the engine names it (`ResolvedFact.origin`): a program id or "catalogue:330800" */
  id: string;
  facts: readonly FactDeclaration[];
  /** the issuing region's name, shown beside the values it adds */
  issuer: string;
  /** the group's heading: "衢州市目录", "武汉市《…》规定的情形" */
  title: string;
  programId: string;
  /** a catalogue's facts are asked only when a program reads them */
  catalogue: boolean;
}

/** Every declaring source, most senior first: the catalogues (as given), then the programs. */
export function declaringSources(
  programs: readonly Program[],
  catalogues: readonly RegionalCatalogue[],
): DeclaringSource[] {
  return [
    ...catalogues.map((c) => ({
      id: catalogueSourceId(c),
      facts: c.facts,
      issuer: c.name,
      title: catalogueLabel(c),
      programId: catalogueSourceId(c),
      catalogue: true,
    })),
    ...programs.map((p) => ({
      id: p.id,
      facts: p.facts,
      issuer: p.issuer.name,
      title: `${p.issuer.name}《${p.title}》规定的情形`,
      programId: p.id,
      catalogue: false,
    })),
  ];
}
