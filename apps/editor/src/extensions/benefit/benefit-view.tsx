import {
  type Benefit,
  describeBenefitTerms,
  describeGrant,
  formatQuota,
} from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";

/** "给予一次性奖励10万元（衢州大工匠，10名左右）", one line per tier, then the terms. */
export function BenefitView({ node, selected }: ReactNodeViewProps) {
  const benefit = node.attrs.data as Benefit;
  return (
    <BlockFrame tag="资金待遇" selected={selected}>
      {benefit.tiers ? (
        <>
          <div className="block-title">{benefit.label}（分档，就高）</div>
          <ul className="block-lines">
            {benefit.tiers.map((tier) => (
              <li key={tier.id}>{describeGrant(benefit, tier)}</li>
            ))}
          </ul>
        </>
      ) : (
        <div className="block-title">{describeGrant(benefit)}</div>
      )}
      <div className="block-terms">
        {describeBenefitTerms(benefit)}
        {benefit.tiers && benefit.quota ? `；名额：${formatQuota(benefit.quota)}` : ""}
      </div>
    </BlockFrame>
  );
}
