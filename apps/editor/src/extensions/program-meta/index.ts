import { atomBlock } from "../atom-block.ts";
import { ProgramMetaView } from "./program-meta-view.tsx";

export type { ProgramMeta } from "./types.ts";

export const ProgramMetaNode = atomBlock({
  name: "programMeta",
  tag: "jc-program-meta",
  view: ProgramMetaView,
});
