// Amounts are integer fen (分). Display them exactly, in the units the texts use (万元 / 元).

const FEN_PER_YUAN = 100;
const FEN_PER_WAN = 1_000_000;

function grouped(n: number): string {
  return n.toLocaleString("zh-CN");
}

/** 300000000 → "300万元", 600000 → "6000元", 150 → "1.50元". Integer arithmetic only. */
export function formatFen(fen: number): string {
  if (fen % FEN_PER_WAN === 0) return `${grouped(fen / FEN_PER_WAN)}万元`;
  if (fen % FEN_PER_YUAN === 0) return `${grouped(fen / FEN_PER_YUAN)}元`;
  const cents = fen % FEN_PER_YUAN;
  return `${grouped((fen - cents) / FEN_PER_YUAN)}.${String(cents).padStart(2, "0")}元`;
}

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
