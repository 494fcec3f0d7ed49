import { atomBlock } from "../atom-block.ts";
import { ResponsibleUnitsView } from "./responsible-units-view.tsx";

/** The clause's responsible units (ResponsibleUnit[] in `data`). */
export const ResponsibleUnitsNode = atomBlock({
  name: "responsibleUnits",
  tag: "jc-responsible-units",
  view: ResponsibleUnitsView,
});
