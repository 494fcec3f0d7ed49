import type { Clause } from "@jiangce/rule-schema";
import { atomBlock } from "../atom-block.ts";
import { ClauseTermsView } from "./clause-terms-view.tsx";

/** The clause's own dates and funding (到2025年… / 资金来源). */
export type ClauseTerms = Pick<Clause, "effectiveFrom" | "deadline" | "funding">;

export const ClauseTermsNode = atomBlock({
  name: "clauseTerms",
  tag: "jc-clause-terms",
  view: ClauseTermsView,
});
