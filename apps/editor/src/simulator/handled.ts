import { declareHandled } from "../inspector/handled-paths.ts";

/**
 * The test case fields the simulator and the test case panel write: a case is saved whole from
 * the simulator (profile from the generated form, expected from the current result), imported
 * from CSV/JSON, deleted from the list.
 */
export const TEST_CASE_PATHS = declareHandled("testCases[]", [
  "id",
  "name",
  "asOf",
  "profile",
  "expected[].benefit",
  "expected[].tier",
  "expected[].amountFen",
  "note",
]);
