import { atomBlock } from "../atom-block.ts";
import { TargetView } from "./target-view.tsx";

/** A target of its clause, or of the program when it stands before the clauses. */
export const TargetNode = atomBlock({ name: "target", tag: "jc-target", view: TargetView });
