import type { FactValueOption } from "../schema/fact.ts";

/**
 * 新八级工, lowest first. 预备技师 is not one of the eight: it is the qualification of
 * technician-class graduates of 技工院校 (预备技师班), who become 技师 after work experience.
 * We place it between 高级工 and 技师: a condition `skillLevel gte senior` (高级工以上) counts
 * a 预备技师, `skillLevel gte technician` (技师以上) does not. Programs that treat it as 技师
 * write `skillLevel in [preparatory-technician, …]` explicitly.
 */
export const skillLevels: readonly FactValueOption[] = [
  { value: "apprentice", label: "学徒工" },
  { value: "junior", label: "初级工" },
  { value: "intermediate", label: "中级工" },
  { value: "senior", label: "高级工" },
  { value: "preparatory-technician", label: "预备技师" },
  { value: "technician", label: "技师" },
  { value: "senior-technician", label: "高级技师" },
  { value: "principal-technician", label: "特级技师" },
  { value: "chief-technician", label: "首席技师" },
];
