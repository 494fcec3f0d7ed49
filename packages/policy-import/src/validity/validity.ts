import type { ProgramInput } from "@jiangce/rule-schema";
import type { Span } from "../types.ts";
import { datePattern, int, lastDayOf } from "./dates.ts";

type ValidityInput = ProgramInput["validity"];

export interface ValidityReading {
  span: Span;
  value: ValidityInput;
  reason: string;
}

const effective = /自(?:(印发|发文|签发)|(公布|发布|颁布))之日起(?:施行|实施|执行|生效)/;
const effectiveDate = new RegExp(`自${datePattern.source}起(?:施行|实施|执行|生效)`);
const lastDay = new RegExp(`有效期(?:至|到|截至|截止(?:到|至)?)${datePattern.source}(?:止)?`);
const deadline = new RegExp(`(?:到|至|截至|截止到?)${datePattern.source}(?:底|末)?(?:前)?`);
const duration = /有效期(?:为|暂定为?|限)?\s*([\d０-９一二两三四五六七八九十]{1,3})\s*(年|个月)/;

/**
 * The program's validity from the sentence that states it (本方案自公布之日起施行，有效期至
 * 2027年12月31日 / 自印发之日起实施,有效期为5年). Offsets relative to `sentence`.
 */
export function readValidity(sentence: string): ValidityReading | undefined {
  if (!/施行|实施|执行|生效|有效期/.test(sentence)) return undefined;
  const e = effective.exec(sentence);
  const ed = effectiveDate.exec(sentence);
  const l = lastDay.exec(sentence);
  const d = duration.exec(sentence);
  if (!e && !ed && !l && !d) return undefined;
  const reasons: string[] = [];
  let from: ValidityInput["effective"] = { from: "issue" };
  if (ed) {
    const date = lastDayOf(ed[1] ?? "", ed[2] ?? "1", ed[3] ?? "1");
    if (date) {
      from = { from: "date", date };
      reasons.push(`自${date}起施行`);
    }
  } else if (e) {
    from = { from: e[1] ? "issue" : "publication" };
    reasons.push(e[1] ? "自印发之日起施行" : "自公布之日起施行");
  } else reasons.push("未写生效起点，按印发之日");
  let expiry: ValidityInput["expiry"] = { kind: "open" };
  if (l) {
    const date = lastDayOf(l[1] ?? "", l[2], l[3]);
    if (date) {
      expiry = { kind: "last-day", date };
      reasons.push(`有效期至${date}（含）`);
    }
  } else if (d) {
    const n = int(d[1] ?? "");
    if (n !== undefined && n > 0) {
      expiry = d[2] === "年" ? { kind: "duration", years: n } : { kind: "duration", months: n };
      reasons.push(`有效期${n}${d[2]}，自生效之日起算`);
    }
  } else reasons.push("未写有效期，按长期有效");
  const hits = [e, ed, l, d].filter((m): m is RegExpExecArray => m !== null);
  const start = Math.min(...hits.map((m) => m.index));
  const end = Math.max(...hits.map((m) => m.index + m[0].length));
  return {
    span: { start, end },
    value: { effective: from, expiry, text: sentence },
    reason: reasons.join("；"),
  };
}

/** 到2025年 / 2025年底前 / 截至2025年12月31日: the last day a clause runs to. */
export function readDeadline(sentence: string): { span: Span; date: string } | undefined {
  const m = deadline.exec(sentence);
  if (!m) return undefined;
  const date = lastDayOf(m[1] ?? "", m[2], m[3]);
  return date ? { span: { start: m.index, end: m.index + m[0].length }, date } : undefined;
}
