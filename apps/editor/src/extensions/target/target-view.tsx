import { formatTarget, type Target } from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";

/** "到2027年，技能人才达340000人" */
export function TargetView({ node, selected }: ReactNodeViewProps) {
  const target = node.attrs.data as Target;
  return (
    <BlockFrame tag="目标" selected={selected}>
      <div className="block-title">{formatTarget(target)}</div>
    </BlockFrame>
  );
}
