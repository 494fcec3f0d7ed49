import { type Program, programWindow } from "@jiangce/rule-schema";
import { dateChange } from "./clause-changes.ts";
import type { StructuredChange } from "./types.ts";

const withinWords = { highest: "就高、不重复享受", stack: "叠加享受" } as const;
const acrossWords = {
  "highest-then-newest": "从新就高",
  newest: "按本政策执行（从新）",
  stack: "与其他政策叠加",
  none: "未作规定",
} as const;
const higherWords = (v: boolean | undefined) =>
  v === undefined ? "同全文" : v ? "上级有明确规定的从其规定" : "不因上级规定调整";

type Rule = {
  withinMatter?: keyof typeof withinWords;
  acrossPrograms?: keyof typeof acrossWords;
  higherLevelOverrides?: boolean;
};

function ruleChanges(where: string, a: Rule, b: Rule): StructuredChange[] {
  const out: StructuredChange[] = [];
  const word = <K extends string>(words: Record<K, string>, v: K | undefined) =>
    v === undefined ? "同全文" : words[v];
  if (a.withinMatter !== b.withinMatter)
    out.push({
      kind: "precedence",
      sentence: `${where}同一事项多项待遇：${word(withinWords, a.withinMatter)} → ${word(withinWords, b.withinMatter)}`,
    });
  if (a.acrossPrograms !== b.acrossPrograms)
    out.push({
      kind: "precedence",
      sentence: `${where}与其他政策的衔接：${word(acrossWords, a.acrossPrograms)} → ${word(acrossWords, b.acrossPrograms)}`,
    });
  if (a.higherLevelOverrides !== b.higherLevelOverrides)
    out.push({
      kind: "precedence",
      sentence: `${where}上级规定：${higherWords(a.higherLevelOverrides)} → ${higherWords(b.higherLevelOverrides)}`,
    });
  return out;
}

/** Changes of the program as a whole: its name, number, dates in force and precedence. */
export function programChanges(before: Program, after: Program): StructuredChange[] {
  const out: StructuredChange[] = [];
  if (before.title !== after.title)
    out.push({ kind: "title", sentence: `标题 “${before.title}” → “${after.title}”` });
  if ((before.documentNumber ?? "") !== (after.documentNumber ?? ""))
    out.push({
      kind: "document-number",
      sentence: `文号 ${before.documentNumber ?? "（无）"} → ${after.documentNumber ?? "（无）"}`,
    });
  const a = programWindow(before.validity);
  const b = programWindow(after.validity);
  if (a.from !== b.from)
    out.push({
      kind: "effective",
      sentence: `施行日期 ${a.from ?? "未定"} → ${b.from ?? "未定"}`,
    });
  out.push(...dateChange("validity", "有效期", a.until, b.until));
  out.push(...ruleChanges("", before.precedence, after.precedence));
  const matters = new Set([
    ...Object.keys(before.precedence.matters ?? {}),
    ...Object.keys(after.precedence.matters ?? {}),
  ]);
  for (const m of matters)
    out.push(
      ...ruleChanges(
        `事项 ${m} `,
        before.precedence.matters?.[m] ?? {},
        after.precedence.matters?.[m] ?? {},
      ),
    );
  return out;
}
