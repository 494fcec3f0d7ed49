import { levelLabels, stageLabels } from "@jiangce/rule-schema";
import type { ReactNodeViewProps } from "@tiptap/react";
import { BlockFrame } from "../block-frame.tsx";
import type { ProgramMeta } from "./index.ts";

const from = { issue: "自印发之日起施行", publication: "自公布之日起施行", date: "自{date}起施行" };
const withinMatter = { highest: "同一事项就高、不重复享受", stack: "同一事项可叠加享受" };

function validityText(meta: ProgramMeta): string {
  const { effective, expiry } = meta.validity;
  const start = from[effective.from].replace("{date}", effective.date ?? "");
  if (expiry.kind === "last-day") return `${start}，有效期至${expiry.date}`;
  if (expiry.kind === "duration") {
    const span = `${expiry.years ? `${expiry.years}年` : ""}${expiry.months ? `${expiry.months}个月` : ""}`;
    return `${start}，有效期${span}`;
  }
  return `${start}，未规定有效期`;
}

/** The program's standing: issuer, stage, document number, validity, precedence. */
export function ProgramMetaView({ node, selected }: ReactNodeViewProps) {
  const meta = node.attrs.data as ProgramMeta;
  const level = levelLabels[meta.issuer.level] ?? meta.issuer.level;
  return (
    <BlockFrame tag="方案信息" selected={selected}>
      <div className="block-title">
        {meta.issuer.name}（{level}，{meta.issuer.regionCode}）· {stageLabels[meta.stage]}
        {meta.documentNumber ? ` · ${meta.documentNumber}` : ""}
      </div>
      <div className="block-terms">
        {validityText(meta)}；{withinMatter[meta.precedence.withinMatter]}
        {meta.basis.length ? `；依据文件${meta.basis.length}件` : ""}
        {meta.assumptions.length ? `；假设${meta.assumptions.length}条` : ""}
      </div>
    </BlockFrame>
  );
}
