// Amounts are integer fen (分); the engine's formatFen writes them as the texts do (3万元, 5000元).
import { formatFen } from "@jiangce/rule-schema";

interface AmountLike {
  kind: string;
  fen?: number;
  fenPerUnit?: number;
  unitLabel?: string;
  ratio?: number;
  percent?: number;
  cap?: number;
  upTo?: boolean;
}

/** A short reading of one amount: "最高3万元", "每人5000元", "1:1配套", "上浮30%", "按规定". */
export function amountText(amount: AmountLike): string {
  const cap = amount.cap !== undefined ? `（最高${formatFen(amount.cap)}）` : "";
  switch (amount.kind) {
    case "fixed":
      return `${amount.upTo ? "最高" : ""}${formatFen(amount.fen ?? 0)}`;
    case "per-unit":
      return `每${amount.unitLabel ?? "人"}${formatFen(amount.fenPerUnit ?? 0)}${cap}`;
    case "matching":
      return `1:${amount.ratio ?? 1}配套${cap}`;
    case "uplift":
      return `上浮${amount.percent ?? 0}%${cap}`;
    case "percent-of":
      return `按${amount.percent ?? 0}%标准${cap}`;
    default:
      return amount.cap !== undefined ? `按规定，最高${formatFen(amount.cap)}` : "按规定";
  }
}
