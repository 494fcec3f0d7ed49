import { atomBlock } from "../atom-block.ts";
import { BenefitView } from "./benefit-view.tsx";

/** A monetary benefit of its clause (rule-schema Benefit in `data`). */
export const BenefitNode = atomBlock({ name: "benefit", tag: "jc-benefit", view: BenefitView });
