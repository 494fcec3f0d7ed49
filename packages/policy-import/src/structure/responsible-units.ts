import type { Span } from "../types.ts";

export interface UnitsReading {
  span: Span;
  units: { name: string; role: "lead" | "support" }[];
}

const labelled = /[（(]\s*(?:责任单位|牵头单位|责任部门)\s*[：:]\s*([^（）()]{2,200})[）)]/g;
const dutyShare = /[（(]([^（）()]{2,200}?)(?:按职责分工负责|分工负责|按职责负责|负责)[）)]/g;

/**
 * 责任单位 in parentheses at the end of a clause; the first listed leads (牵头). Also
 * （牵头单位：A；配合单位：B、C） and （A、B按职责分工负责）. Offsets relative to `text`.
 */
export function readResponsibleUnits(text: string): UnitsReading | undefined {
  const hits = [...text.matchAll(labelled), ...text.matchAll(dutyShare)];
  const m = hits.sort((a, b) => a.index - b.index).at(-1);
  if (!m) return undefined;
  const inside = m[1] ?? "";
  const split = /[；;]\s*(?:配合单位|协办单位|参与单位)\s*[：:]/.exec(inside);
  const leadPart = split ? inside.slice(0, split.index) : inside;
  const supportPart = split ? inside.slice(split.index + split[0].length) : "";
  const names = (s: string) =>
    s
      .split(/[、，,；;]/)
      .map((n) => n.trim())
      .filter((n) => n.length > 0 && n.length <= 30);
  const leads = names(leadPart);
  const units = split
    ? [
        ...leads.map((name) => ({ name, role: "lead" as const })),
        ...names(supportPart).map((name) => ({ name, role: "support" as const })),
      ]
    : leads.map((name, i) => ({ name, role: i === 0 ? ("lead" as const) : ("support" as const) }));
  if (units.length === 0) return undefined;
  return { span: { start: m.index, end: m.index + m[0].length }, units };
}
