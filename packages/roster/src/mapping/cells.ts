/** Typed cell readers: text → value, or a Chinese reason. Money cells are in 元 (staff's unit). */
export type CellRead = { value: unknown } | { error: string };

const yes = new Set(["是", "true", "1", "yes", "y", "有", "√"]);
const no = new Set(["否", "false", "0", "no", "n", "无", "×"]);

export function readBoolean(text: string): CellRead {
  const t = text.toLowerCase();
  if (yes.has(t)) return { value: true };
  if (no.has(t)) return { value: false };
  return { error: "应为 是/否" };
}

export function readNumber(text: string): CellRead {
  const v = Number(text.replace(/[,，]/g, ""));
  return Number.isFinite(v) ? { value: v } : { error: "应为数字" };
}

/** 元 with up to two decimals → integer fen, without floating point. */
export function readYuan(text: string): CellRead {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.replace(/[,，]|元$/g, ""));
  if (m === null) return { error: "应为金额（元，最多两位小数）" };
  return { value: Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Integer fen (profile files written by programs). */
export function readFen(text: string): CellRead {
  const v = Number(text);
  return Number.isSafeInteger(v) && v >= 0
    ? { value: v }
    : { error: "金额以分为单位，应为非负整数" };
}

/** 2023-05-01, 2023/5/1, 2023年5月1日, 20230501, 2023.5.1, or an Excel serial day number. */
export function readDate(text: string): CellRead {
  let m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m === null && /^\d{4,5}(\.\d+)?$/.test(text)) {
    // Excel serial: days since 1899-12-30 (the 1900 leap-year bug is before any register)
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
    m = [
      "",
      String(d.getUTCFullYear()),
      String(d.getUTCMonth() + 1),
      String(d.getUTCDate()),
    ] as never;
  }
  if (m === null) return { error: "应为日期，如 2023-05-01" };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { error: "不是有效日期" };
  return { value: `${y}-${pad(mo)}-${pad(d)}` };
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checks = "10X98765432";

/** 18-digit 居民身份证号码 with its check character (GB 11643); returns a reason when wrong. */
export function identityNumberProblem(text: string): string | null {
  const id = text.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return "身份证号应为18位（末位可为X）";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * weights[i]!;
  return checks[sum % 11] === id[17] ? null : "身份证号校验位不符";
}
