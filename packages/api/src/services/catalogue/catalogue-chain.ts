import type { Db } from "@jiangce/db";
import type {
  FactDeclaration,
  Issuer,
  IssuerLevel,
  JurisdictionContext,
  RegionalCatalogue,
} from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";
import type { DbOrTx } from "../db-types.ts";
import { ancestorsOf, type RegionNode, regionTree } from "../region/region-tree.ts";
import { programsInForce } from "../roster/programs-in-force.ts";

/** What a region's programs are validated and compiled with: its chain and the programs above. */
export interface CatalogueChain {
  regionCode: string;
  /** catalogues of the region and every region above it, most senior first */
  catalogues: RegionalCatalogue[];
  /** published programs of a higher level covering the region (their facts are inherited too) */
  programs: { id: string; title: string; issuer: Issuer; facts: FactDeclaration[] }[];
}

export async function regionOrThrow(db: Db, regionCode: string): Promise<RegionNode> {
  const region = (await regionTree(db)).byCode.get(regionCode);
  if (!region) throw new AppError("NOT_FOUND", `未找到行政区划 ${regionCode}`);
  return region;
}

function entryOf(row: {
  regionCode: string;
  level: string;
  name: string;
  facts: unknown;
  updatedAt: Date;
}): RegionalCatalogue {
  return {
    regionCode: row.regionCode,
    level: row.level as IssuerLevel,
    name: row.name,
    facts: (Array.isArray(row.facts) ? row.facts : []) as FactDeclaration[],
    updatedAt: row.updatedAt.toISOString().slice(0, 10),
  };
}

/**
 * The catalogues that apply in a region: its own and its ancestors', most senior first.
 * `reader`: a transaction to read the rows in (the region tree is read through `db`).
 */
export async function cataloguesFor(
  db: Db,
  regionCode: string,
  reader: DbOrTx = db,
): Promise<RegionalCatalogue[]> {
  const tree = await regionTree(db);
  const codes = [regionCode, ...ancestorsOf(tree, regionCode).map((r) => r.code)];
  const rows = await reader.regionalCatalogue.findMany({ where: { regionCode: { in: codes } } });
  const rank = (code: string) => codes.indexOf(code);
  return rows.sort((a, b) => rank(b.regionCode) - rank(a.regionCode)).map(entryOf);
}

/** The published programs above a region, as the engine's context reads them. */
async function programsAbove(db: Db, regionCode: string): Promise<CatalogueChain["programs"]> {
  const documents = (await programsInForce(db, regionCode)) as {
    id?: unknown;
    title?: unknown;
    issuer?: Issuer;
    facts?: FactDeclaration[];
  }[];
  return documents.flatMap((d) =>
    typeof d.id === "string" && d.issuer && d.issuer.regionCode !== regionCode
      ? [{ id: d.id, title: String(d.title ?? d.id), issuer: d.issuer, facts: d.facts ?? [] }]
      : [],
  );
}

export async function catalogueChain(db: Db, regionCode: string): Promise<CatalogueChain> {
  await regionOrThrow(db, regionCode);
  const [catalogues, programs] = await Promise.all([
    cataloguesFor(db, regionCode),
    programsAbove(db, regionCode),
  ]);
  return { regionCode, catalogues, programs };
}

/** The engine's context for validating or compiling a program of the region. */
export function contextOf(
  chain: Pick<CatalogueChain, "catalogues" | "programs">,
): JurisdictionContext {
  return { catalogues: chain.catalogues, programs: chain.programs };
}

export async function jurisdictionContextFor(
  db: Db,
  regionCode: string,
): Promise<JurisdictionContext> {
  return contextOf(await catalogueChain(db, regionCode));
}
