import { buildForm, type FormValues, formValuesFromFacts } from "@jiangce/form-model";
import { type Program, programWindow, type TestCase, todayInChina } from "@jiangce/rule-schema";

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

/** A saved test case back in the simulator: its applicant, region, date and facts. */
export function simStateOf(program: Program, testCase: TestCase): SimState {
  const fields = buildForm([program]).flatMap((g) => g.fields);
  return {
    kind: testCase.profile.kind,
    regionCode: testCase.profile.regionCode,
    asOf: testCase.asOf,
    values: formValuesFromFacts(fields, testCase.profile.facts),
  };
}
