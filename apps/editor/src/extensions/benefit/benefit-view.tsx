import {
  type Benefit,
  benefitCheckText,
  describeBenefitTerms,
  describeGrant,
  formatQuota,
} from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { useBenefitFailures } from "../../simulator/test-failures.ts";
import { BlockFrame } from "../block-frame.tsx";

/** "给予一次性奖励10万元（衢州大工匠，10名左右）", one line per tier, then the terms. */
export function BenefitView({ node, selected }: ReactNodeViewProps) {
  const benefit = node.attrs.data as Benefit;
  const failures = useBenefitFailures(benefit.id);
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
      {failures.length > 0 && (
        <ul className="block-test-failures" aria-label="未通过的测试用例">
          {failures.map(({ testCase, check }) => (
            <li key={testCase.id}>
              测试用例「{testCase.name}」未通过：{benefitCheckText(check)}
            </li>
          ))}
        </ul>
      )}
    </BlockFrame>
  );
}
