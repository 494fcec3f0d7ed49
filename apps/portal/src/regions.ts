// Groups the regions that publish programs as the chooser shows them: province > city > district.
import type { RouterOutputs } from "@jiangce/api";

/** A region publishing programs, its ancestors nearest first (district → city → province). */
export type PublishingRegion = RouterOutputs["portal"]["listRegions"][number];
export type RegionRef = PublishingRegion["ancestors"][number];

export interface CityGroup {
  city: RegionRef;
  /** the city's own published programs (0 when only its districts publish) */
  programCount: number;
  districts: PublishingRegion[];
}

export interface ProvinceGroup {
  province: RegionRef;
  programCount: number;
  cities: CityGroup[];
}

function strip({ code, name, level }: RegionRef): RegionRef {
  return { code, name, level };
}

export function groupRegions(regions: readonly PublishingRegion[]): ProvinceGroup[] {
  const provinces = new Map<string, ProvinceGroup>();
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const chain = [region, ...region.ancestors];
    const province = chain.find((r) => r.level === "province");
    const city = chain.find((r) => r.level === "city");
    if (!province) continue; // national programs are listed on every district's page instead
    const group = provinces.get(province.code) ?? {
      province: strip(province),
      programCount: 0,
      cities: [],
    };
    provinces.set(province.code, group);
    if (region.level === "province") {
      group.programCount += region.programCount;
      continue;
    }
    // A district directly under a province (省直辖县级行政区) is shown as its own "city" row.
    const cityRef = city ?? region;
    let cityGroup = group.cities.find((c) => c.city.code === cityRef.code);
    if (!cityGroup) {
      cityGroup = { city: strip(cityRef), programCount: 0, districts: [] };
      group.cities.push(cityGroup);
    }
    if (region.code === cityRef.code) cityGroup.programCount += region.programCount;
    else cityGroup.districts.push(region);
  }
  return [...provinces.values()];
}
