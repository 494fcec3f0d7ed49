// Money typed by a person (元, as on a pay slip) becomes integer fen (分) by reading the decimal
// string digit by digit: no binary floating point ever touches an amount.

export type YuanParse = { ok: true; fen: number | null } | { ok: false; message: string };

const FULL_WIDTH = /[０-９．，]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === "．" ? "." : c === "，" ? "," : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * "3000", "3,000.5", "1.25万", "３０万元" → fen; "" → null (not filled in).
 * At most two decimals of 元 (分), or six of 万元; no negative amounts.
 */
export function parseYuan(input: string): YuanParse {
  let text = halfWidth(input).replace(/[\s,]/g, "");
  if (text === "") return { ok: true, fen: null };
  text = text.replace(/元$/, "");
  let scale = 2; // 元 → 分: shift the decimal point two places
  if (text.endsWith("万")) {
    text = text.slice(0, -1);
    scale = 6; // 万元 → 分
  }
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, message: "请输入金额数字，如 3000 或 3000.50（单位：元）" };
  const [, whole = "", fraction = ""] = match;
  if (fraction.length > scale) {
    return {
      ok: false,
      message: scale === 2 ? "金额最多精确到分（小数点后两位）" : "金额最多精确到分",
    };
  }
  const digits = `${whole}${fraction.padEnd(scale, "0")}`.replace(/^0+(?=\d)/, "");
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) return { ok: false, message: "金额过大，请核对" };
  return { ok: true, fen };
}
