import { atomBlock } from "../atom-block.ts";
import { ClauseTermsView } from "./clause-terms-view.tsx";

export type { ClauseTerms } from "./types.ts";

export const ClauseTermsNode = atomBlock({
  name: "clauseTerms",
  tag: "jc-clause-terms",
  view: ClauseTermsView,
});
