import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";
import type { ClauseTerms } from "./index.ts";

/** "自2023年1月1日起；至2025年12月31日止；资金来源：人才专项资金" */
export function ClauseTermsView({ node, selected }: ReactNodeViewProps) {
  const terms = node.attrs.data as ClauseTerms;
  const parts = [
    terms.effectiveFrom ? `自${terms.effectiveFrom}起施行` : undefined,
    terms.deadline ? `至${terms.deadline}止` : undefined,
    terms.funding ? `资金来源：${terms.funding}` : undefined,
  ].filter(Boolean);
  return (
    <BlockFrame tag="期限与资金" selected={selected}>
      <div className="block-title">{parts.join("；") || "（未注明）"}</div>
    </BlockFrame>
  );
}
