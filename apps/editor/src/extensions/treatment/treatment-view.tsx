import { describeTreatment, formatRecipients, type Treatment } from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";

/** "职称评审：可直接申报正高级职称（政府部门提供）" */
export function TreatmentView({ node, selected }: ReactNodeViewProps) {
  const treatment = node.attrs.data as Treatment;
  return (
    <BlockFrame tag="非资金待遇" selected={selected}>
      <div className="block-title">{describeTreatment(treatment)}</div>
      <div className="block-terms">
        对象：{formatRecipients(treatment.recipient)}
        {treatment.conditions ? "；附条件" : ""}
      </div>
    </BlockFrame>
  );
}
