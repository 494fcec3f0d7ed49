import type { ResponsibleUnit } from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";

/** "责任单位：市人力社保局（牵头）、市财政局" — in the order the text lists them, lead first. */
export function ResponsibleUnitsView({ node, selected }: ReactNodeViewProps) {
  const units = node.attrs.data as ResponsibleUnit[];
  return (
    <BlockFrame tag="责任单位" selected={selected}>
      <div className="block-title">
        {units.map((u) => (u.role === "lead" ? `${u.name}（牵头）` : u.name)).join("、")}
      </div>
    </BlockFrame>
  );
}
