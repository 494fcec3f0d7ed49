export {
  describeTarget,
  formatCount,
  formatTargetValue,
  programTargets,
  type TargetView,
} from "./program-targets.ts";
