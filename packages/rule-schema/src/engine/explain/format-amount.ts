import type { Amount, AmountBase } from "../../schema/amount.ts";
import { formatFen } from "../money.ts";
import type { BaseUse, Entitlement } from "../types.ts";

function baseText(e: Entitlement, stated: AmountBase): string {
  const base = e.base;
  const fen = typeof base?.fen === "number" ? formatFen(base.fen) : "";
  if ("fen" in stated) return `标准${formatFen(stated.fen)}`;
  if ("fact" in stated) return `申请人提供的金额${fen}`;
  if ("records" in stated)
    return `${base?.kind === "records" ? `${base.count}项` : ""}符合条件记录的金额合计${fen}`;
  const labels =
    base?.kind === "matter" ? base.from.map((f) => f.ref.label).join("、") : stated.matter;
  return `已获${labels}${fen}`;
}

function capBaseText(stated: AmountBase, base: BaseUse | null): string {
  const fen = typeof base?.fen === "number" ? formatFen(base.fen) : "";
  if ("fen" in stated) return `标准${formatFen(stated.fen)}`;
  if ("fact" in stated) return `申请人提供的金额${fen}`;
  if ("records" in stated) return `符合条件记录的金额合计${fen}`;
  return `${stated.matter}${fen}`;
}

/** "30万元", "按规定", "5000元/人 × 3人 = 1.5万元", "不超过2万元" */
export function formatAmount(e: Entitlement): string {
  const spec: Amount = e.tier?.amount ?? e.ref.benefit.amount!;
  if (e.amount === "unspecified") {
    const cap = spec.cap !== undefined ? `，不超过${formatFen(spec.cap)}` : "";
    return `金额按规定（原文未定）${cap}`;
  }
  const figure = formatFen(e.amount);
  let how = "";
  if (spec.kind === "per-unit" && e.count !== null)
    how = `（${formatFen(spec.fenPerUnit)}/${spec.unitLabel} × ${e.count}${spec.unitLabel}）`;
  else if (spec.kind === "matching") how = `（按${baseText(e, spec.of)}的1:${spec.ratio}配套）`;
  else if (spec.kind === "uplift") how = `（在${baseText(e, spec.of)}基础上上浮${spec.percent}%）`;
  else if (spec.kind === "percent-of") how = `（按${baseText(e, spec.of)}的${spec.percent}%）`;
  let capped = "";
  if (e.capped && e.capFen !== null) {
    const relative =
      spec.capOf !== undefined && e.capBase !== null && e.capFen !== spec.cap
        ? `（${capBaseText(spec.capOf.of, e.capBase)}的${spec.capOf.percent}%）`
        : "";
    capped = `，已按上限${formatFen(e.capFen)}${relative}封顶`;
  } else if (spec.capOf !== undefined && e.capBase === null)
    capped = `，不得超过${capBaseText(spec.capOf.of, null)}的${spec.capOf.percent}%（基数未提供，以核定为准）`;
  return `${e.upTo ? "最高" : ""}${figure}${how}${capped}`;
}

/**
 * A short reading of an amount as the program states it (no profile): "最高30万元",
 * "每生3000元（最高30万元）", "1:1配套", "上浮30%", "按200%标准", "按规定".
 */
export function formatAmountSpec(amount: Amount): string {
  const cap = amount.cap !== undefined ? `（最高${formatFen(amount.cap)}）` : "";
  switch (amount.kind) {
    case "fixed":
      return `${amount.upTo ? "最高" : ""}${formatFen(amount.fen)}`;
    case "per-unit":
      return `每${amount.unitLabel}${formatFen(amount.fenPerUnit)}${cap}`;
    case "matching":
      return `1:${amount.ratio}配套${cap}`;
    case "uplift":
      return `上浮${amount.percent}%${cap}`;
    case "percent-of":
      return `按${amount.percent}%标准${cap}`;
    default:
      return amount.cap !== undefined ? `按规定，最高${formatFen(amount.cap)}` : "按规定";
  }
}

/** The paid figure alone: "最高6000元", "3万元"; null when the text names none (按规定). */
export function formatFigure(e: Pick<Entitlement, "amount" | "upTo">): string | null {
  return e.amount === "unspecified" ? null : `${e.upTo ? "最高" : ""}${formatFen(e.amount)}`;
}
