import type { ProgramInput } from "@jiangce/rule-schema";
import type { Span } from "../types.ts";

type PrecedenceInput = NonNullable<ProgramInput["precedence"]>;

export interface PrecedenceReading {
  span: Span;
  value: Partial<PrecedenceInput>;
  reason: string;
}

const rules: [RegExp, Partial<PrecedenceInput>, string][] = [
  [
    /从新就高|就高从新/,
    { acrossPrograms: "highest-then-newest" },
    "从新就高：多个政策同一事项取最高，标准相同取最新",
  ],
  [
    /与[^。；，]{0,8}?(?:政策|规定)[^。；]{0,12}(?:重复|重叠|交叉)[^。；]{0,12}就高/,
    { acrossPrograms: "highest-then-newest" },
    "与其他政策重复的就高：多个政策同一事项取最高",
  ],
  [
    /不一致的?[，,]?\s*(?:按|以)本(?:政策|方案|办法|意见|计划|规定|措施|通知)(?:执行|为准)/,
    { acrossPrograms: "newest" },
    "按本政策执行：新政策取代旧政策的同一事项",
  ],
  [
    /(?:国家|中央|省|上级)[^。；]{0,16}?(?:规定|政策)[^。；]{0,10}?(?:从其规定|按新规定执行|按其规定执行|从其执行)/,
    { higherLevelOverrides: true },
    "上级优先：国家、省今后有规定的从其规定",
  ],
  [
    /就高[、，,]?\s*(?:不重复|不叠加)|不重复享受|不得重复享受|按就高原则|只能享受其中(?:一项|最高)/,
    { withinMatter: "highest" },
    "就高、不重复享受：同一事项只发最高一项",
  ],
  [/可叠加享受|可同时享受|叠加享受/, { withinMatter: "stack" }, "可叠加：同一事项可同时享受"],
];

/**
 * Precedence phrases as programs write them. Each sentence gives at most one reading;
 * the assembler merges them. Offsets relative to `sentence`.
 * - 就高、不重复享受 / 按就高原则 / 不重复享受: within a matter only the highest is paid
 * - 可叠加享受 / 可同时享受 / 再给予: additive (stack)
 * - 从新就高 / 就高从新: across programs the highest, then the newest
 * - 与本…不一致的，按本…执行 / 以本…为准: the newest program replaces older ones
 * - 国家、省…有(明确)规定的从其规定 / 按新规定执行: a higher level overrides
 */
export function readPrecedence(sentence: string): PrecedenceReading | undefined {
  if (!/就高|从新|不一致|规定|重复|叠加|同时享受|为准/.test(sentence)) return undefined;
  for (const [re, value, reason] of rules) {
    const m = re.exec(sentence);
    if (m) return { span: { start: m.index, end: m.index + m[0].length }, value, reason };
  }
  return undefined;
}
