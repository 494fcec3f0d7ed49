import type { ProgramInput } from "@jiangce/rule-schema";
import { parseNumber, toNumber } from "../text/numerals.ts";
import type { Span } from "../types.ts";
import { readDeadline } from "../validity/validity.ts";

type TargetInput = NonNullable<ProgramInput["targets"]>[number];

export interface TargetReading {
  span: Span;
  value: Omit<TargetInput, "id">;
}

// label (no digits), a verb, the figure, a unit: 技能人才达34万人, 比例达到35%左右, 培训25万人次以上
const figure =
  /([^\d，,。；：:]{2,40}?)(?:达到|达|超过|超|突破|不少于|不低于|力争达到|新增)?\s*(\d+(?:\.\d+)?)\s*(万|千|亿)?\s*(人次|人|名|个|家|所|项|场|期|%|％)(以上|左右|以内|以下)?/g;

/**
 * Quantified targets (到2027年…技能人才达34万人，…比例超35%) and the date they are due.
 * A sentence is a target sentence when it says 到/至20XX年 or 力争/目标, and only figures
 * that are not money are read. Offsets relative to `sentence`.
 */
export function readTargets(sentence: string, inGoals = false): TargetReading[] {
  const due = readDeadline(sentence);
  // in a 总体目标 section every quantified sentence is a target
  if (!due && !inGoals && !/力争|目标|每年/.test(sentence)) return [];
  if (/元/.test(sentence)) return [];
  const out: TargetReading[] = [];
  figure.lastIndex = 0;
  for (let m = figure.exec(sentence); m !== null; m = figure.exec(sentence)) {
    const [all, rawLabel = "", digits = "", magnitude, unit = "", qualifier] = m;
    const n = parseNumber(digits);
    if (!n) continue;
    const scale =
      magnitude === "万" ? 1e4 : magnitude === "千" ? 1e3 : magnitude === "亿" ? 1e8 : 1;
    const value = Math.round(toNumber(n) * scale * 100) / 100;
    const named = rawLabel
      .replace(/^[、，\s]+/, "")
      .replace(/^(?:其中|全市|力争|到|至|并|实现|累计|每年)+/, "")
      .replace(/(?:比例|占比)?(?:达到|达|超过|超|力争)$/, (s) =>
        s.startsWith("比例") ? "比例" : "",
      )
      .trim();
    // 每年举办不少于20场…职业技能竞赛: the thing counted follows the figure
    const label =
      named.length < 4
        ? `${named}${/^[^，。；]{0,30}/.exec(sentence.slice(m.index + all.length))?.[0] ?? ""}`
        : named;
    if (label.length < 2 || /年$/.test(label)) continue;
    out.push({
      span: { start: m.index, end: m.index + all.length },
      value: {
        label,
        value,
        unit: unit === "％" ? "%" : unit,
        comparator:
          qualifier === "左右"
            ? "about"
            : qualifier === "以内" || qualifier === "以下"
              ? "at-most"
              : "at-least",
        ...(due ? { byDate: due.date } : {}),
        ...(/每年/.test(sentence.slice(0, m.index + 2)) ? { perYear: true } : {}),
        quote: sentence,
      },
    });
  }
  return out;
}
