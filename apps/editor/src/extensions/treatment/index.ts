import { atomBlock } from "../atom-block.ts";
import { TreatmentView } from "./treatment-view.tsx";

/** A non-monetary treatment of its clause (rule-schema Treatment in `data`). */
export const TreatmentNode = atomBlock({
  name: "treatment",
  tag: "jc-treatment",
  view: TreatmentView,
});
