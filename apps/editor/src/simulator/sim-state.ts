import type { FormValues } from "@jiangce/form-model";
import { type Program, programWindow, todayInChina } from "@jiangce/rule-schema";

/** What the drafter has typed into the simulator; kept while they edit the program. */
export interface SimState {
  kind: string;
  regionCode: string;
  asOf: string;
  values: FormValues;
}

/** Today when the program is in force today, else its first day (a 2021 program is tried in 2021). */
export function defaultAsOf(program: Program): string {
  const today = todayInChina();
  const { from, until } = programWindow(program.validity);
  if (from !== null && today < from) return from;
  if (until !== null && today > until) return from ?? until;
  return today;
}

export function initialSimState(program: Program): SimState {
  return {
    kind: "person",
    regionCode: program.issuer.regionCode,
    asOf: defaultAsOf(program),
    values: {},
  };
}
