// The frame every structured block is drawn in: a tag naming the kind, the Chinese reading,
// and the selection outline. The frame is not editable: a click selects the whole block.
import { NodeViewWrapper } from "@tiptap/react";
import type { ReactNode } from "react";

export function BlockFrame(props: { tag: string; selected: boolean; children: ReactNode }) {
  return (
    <NodeViewWrapper
      className={`block-frame${props.selected ? " is-selected" : ""}`}
      contentEditable={false}
    >
      <span className="block-tag">{props.tag}</span>
      <div className="block-body">{props.children}</div>
    </NodeViewWrapper>
  );
}
