import type { Span } from "../types.ts";

/** An amount defined by another amount: 1:1 配套, 上浮30%, 按200%标准. */
export type RelativeReading =
  | { kind: "matching"; ratio: number; span: Span; basis: string }
  | { kind: "uplift"; percent: number; span: Span; basis: string }
  | { kind: "percent-of"; percent: number; span: Span; basis: string; upTo: boolean };

const ratio = /(\d+(?:\.\d+)?)\s*[:：∶比]\s*(\d+(?:\.\d+)?)(?:的?比例)?[^。；，]{0,16}?配套/;
const uplift = /(?:提高|上浮|增加|提升)(\d+(?:\.\d+)?)[%％]/;
// 按200%标准 / 按其缴纳社会保险费的50%给予补贴
const percentOf =
  /按(?:照)?[^，。；%]{0,20}?(\d+(?:\.\d+)?)[%％](?:的)?(?:标准|比例|额度|(?=给予|予以|补贴|补助|奖励))/;

/** Offsets are relative to `text`. Only sentences about money call this. */
export function readRelative(text: string): RelativeReading | undefined {
  const m = ratio.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 0 && b > 0)
      return {
        kind: "matching",
        ratio: Math.round((b / a) * 100) / 100,
        span: { start: m.index, end: m.index + m[0].length },
        basis: m[0],
      };
  }
  const u = uplift.exec(text);
  if (u && /标准|补助|补贴|奖励|资助/.test(text))
    return {
      kind: "uplift",
      percent: Number(u[1]),
      span: { start: u.index, end: u.index + u[0].length },
      basis: u[0],
    };
  const p = percentOf.exec(text);
  if (p && /补助|补贴|奖励|资助|给予/.test(text))
    return {
      kind: "percent-of",
      percent: Number(p[1]),
      span: { start: p.index, end: p.index + p[0].length },
      basis: p[0],
      // 最高可按200%标准 / 按不超过实际投入的30%
      upTo: /最高|不超过|最多|不高于/.test(
        text.slice(Math.max(0, p.index - 6), p.index + p[0].length),
      ),
    };
  return undefined;
}
