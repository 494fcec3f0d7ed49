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
  /** kept as stated when the drafter gave counts year by year (not edited in this form) */
  byYear?: Record<string, number>;
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
export function toAssumptions(values: AssumptionValues, previous: Assumptions): SavedAssumptions {
  const volumes: SavedAssumptions["volumes"] = { ...previous.volumes };
  for (const [key, v] of Object.entries(values.volumes ?? {})) {
    delete volumes[key];
    const extra = {
      ...(present(v.unitsEach) ? { unitsEach: v.unitsEach } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    if (v.mode === "byYear" && v.byYear) volumes[key] = { byYear: v.byYear, ...extra };
    else if (present(v.count))
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
