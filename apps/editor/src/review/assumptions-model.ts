// The 测算假设 form's values and the assumptions the API keeps, both ways. Money is entered in
// 元 and kept in integer fen; a line left empty keeps no volume (the text's quota, or unknown).
import type { RouterInputs, RouterOutputs } from "../trpc.ts";

type Budget = RouterOutputs["version"]["review"]["budget"];
export type Assumptions = Budget["assumptions"];
export type BudgetInput = Budget["inputs"][number];
type SavedAssumptions = RouterInputs["program"]["saveBudgetAssumptions"]["assumptions"];

export type VolumeMode = "perYear" | "total" | "byYear";

export interface VolumeValues {
  mode: VolumeMode;
  count?: number | null;
  unitsEach?: number | null;
  note?: string;
  /** counts year by year ("2026" → 10); a year left empty counts none */
  byYear?: Record<string, number | null | undefined>;
}

export interface AssumptionValues {
  fromYear?: number | null;
  toYear?: number | null;
  volumes: Record<string, VolumeValues>;
  /** 元 per recipient */
  bases: Record<string, number | null | undefined>;
}

const present = (n: number | null | undefined): n is number =>
  typeof n === "number" && Number.isFinite(n);

export function toValues(a: Assumptions, inputs: readonly BudgetInput[]): AssumptionValues {
  const volumes: Record<string, VolumeValues> = {};
  for (const input of inputs) {
    const v = a.volumes[input.key];
    const mode: VolumeMode = v?.byYear ? "byYear" : v?.total !== undefined ? "total" : "perYear";
    volumes[input.key] = {
      mode,
      count: v?.perYear ?? v?.total ?? null,
      unitsEach: v?.unitsEach ?? null,
      note: v?.note ?? "",
      ...(v?.byYear ? { byYear: v.byYear } : {}),
    };
  }
  const bases: AssumptionValues["bases"] = {};
  for (const input of inputs)
    for (const b of input.bases) {
      const fen = a.bases[b.key];
      bases[b.key] = fen === undefined ? null : fen / 100;
    }
  return {
    fromYear: a.horizon?.fromYear ?? null,
    toYear: a.horizon?.toYear ?? null,
    volumes,
    bases,
  };
}

/**
 * The assumptions to save. Volumes and bases of lines the form does not show (a benefit only
 * the other program has) are kept from `previous`.
 */
/** The years a form asks counts for: the stated horizon, else the validity's own years. */
export function horizonYears(
  values: Pick<AssumptionValues, "fromYear" | "toYear">,
  defaults: { fromYear?: number; toYear?: number },
): number[] {
  const from = values.fromYear ?? defaults.fromYear;
  const to = values.toYear ?? defaults.toYear;
  if (!present(from) || !present(to) || to < from || to - from > 30) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function toAssumptions(values: AssumptionValues, previous: Assumptions): SavedAssumptions {
  const volumes: SavedAssumptions["volumes"] = { ...previous.volumes };
  for (const [key, v] of Object.entries(values.volumes ?? {})) {
    delete volumes[key];
    const extra = {
      ...(present(v.unitsEach) ? { unitsEach: v.unitsEach } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    if (v.mode === "byYear") {
      const byYear = Object.fromEntries(
        Object.entries(v.byYear ?? {}).filter((e): e is [string, number] => present(e[1])),
      );
      if (Object.keys(byYear).length > 0) volumes[key] = { byYear, ...extra };
    } else if (present(v.count))
      volumes[key] =
        v.mode === "total" ? { total: v.count, ...extra } : { perYear: v.count, ...extra };
  }
  const bases: SavedAssumptions["bases"] = { ...previous.bases };
  for (const [key, yuan] of Object.entries(values.bases ?? {})) {
    delete bases[key];
    if (present(yuan)) bases[key] = Math.round(yuan * 100);
  }
  const horizon = {
    ...(present(values.fromYear) ? { fromYear: values.fromYear } : {}),
    ...(present(values.toYear) ? { toYear: values.toYear } : {}),
  };
  return { ...(Object.keys(horizon).length > 0 ? { horizon } : {}), volumes, bases };
}
