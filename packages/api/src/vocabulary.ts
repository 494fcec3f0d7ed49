// The product's closed vocabularies and the words users read for them, for the apps to import at
// run time (`@jiangce/api/vocabulary`): pure data, no server code comes with it. Roles and version
// states live in @jiangce/db (the columns store them); issuer levels and program stages in
// @jiangce/rule-schema (the program schema names them).

export {
  REGION_LEVELS,
  type RegionLevel,
  ROLE_LABELS,
  ROLES,
  type Role,
  VERSION_STATE_LABELS,
  VERSION_STATES,
  type VersionState,
} from "@jiangce/db/vocabulary";
export { levelLabels, stageLabels } from "@jiangce/rule-schema";
export {
  ACTION_LABELS,
  TRAIL_LABELS,
  trailActionLabel,
  VERSION_ACTIONS,
  type VersionAction,
} from "./services/program/lifecycle.ts";
