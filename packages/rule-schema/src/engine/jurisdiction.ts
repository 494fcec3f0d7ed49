import type { IssuerLevel } from "../schema/primitives.ts";

/**
 * GB/T 2260 codes nest by prefix: 42 湖北省 ⊃ 4201 武汉市 ⊃ 420112 东西湖区. A program of
 * level L covers every region whose code starts with the issuer's prefix for L; national
 * programs cover everyone. A profile of 420112 is covered by 420112, 420100, 420000 and
 * national programs, and never by another city's.
 */
export function jurisdictionPrefix(level: IssuerLevel, regionCode: string): string {
  switch (level) {
    case "national":
      return "";
    case "province":
      return regionCode.slice(0, 2);
    case "city":
      return regionCode.slice(0, 4);
    default:
      return regionCode;
  }
}

export function covers(prefix: string, profileRegion: string): boolean {
  return profileRegion.startsWith(prefix);
}

/** The chain of codes covering a region, most local first: 420112 → [420112, 420100, 420000]. */
export function regionChain(regionCode: string): string[] {
  const chain: string[] = [];
  if (!regionCode.endsWith("00")) chain.push(regionCode);
  if (!regionCode.endsWith("0000")) chain.push(`${regionCode.slice(0, 4)}00`);
  chain.push(`${regionCode.slice(0, 2)}0000`);
  return chain;
}

const levelRanks: Record<IssuerLevel, number> = { district: 0, city: 1, province: 2, national: 3 };

/** Higher is more senior (上级): national 3 > province 2 > city 1 > district 0. */
export function levelRank(level: IssuerLevel): number {
  return levelRanks[level];
}

export const levelLabels: Record<IssuerLevel, string> = {
  national: "国家",
  province: "省级",
  city: "市级",
  district: "区县级",
};
