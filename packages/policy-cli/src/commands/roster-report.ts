import type { RunSummary, Total } from "@jiangce/roster";
import type { CompiledProgramSet } from "@jiangce/rule-schema";
import { formatFen, type Payer, payerLabels } from "@jiangce/rule-schema";

function table(
  title: string,
  totals: Record<string, Total>,
  label: (key: string) => string,
): string[] {
  const rows = Object.values(totals).sort((a, b) => b.fen - a.fen || a.key.localeCompare(b.key));
  if (rows.length === 0) return [];
  return [
    `${title}：`,
    ...rows.map(
      (t) =>
        `  ${label(t.key)}：${t.rows} 人，${t.entitlements} 项，${formatFen(t.fen)}${t.unspecified > 0 ? `（另有 ${t.unspecified} 项按规定、未计金额）` : ""}`,
    ),
  ];
}

/** The summary staff read after a roster run: counts, totals, unknown values, failed rows. */
export function rosterReport(
  summary: RunSummary,
  asOf: string,
  compiled: CompiledProgramSet,
  out?: string,
): string {
  const titles = new Map(compiled.programs.map((p) => [p.id, p.title]));
  const lines = [
    `已处理 ${summary.rows} 行（计算日期 ${asOf}${summary.encoding ? `，编码 ${summary.encoding}` : ""}），其中 ${summary.paying} 行有资金待遇；${summary.failedCount} 行无法计算${summary.failedCount > 0 ? "（原因见输出各行）" : ""}${out ? `；结果已写入 ${out}` : ""}。`,
    ...table("按方案", summary.totals.byProgram, (k) => titles.get(k) ?? k),
    ...table("按事项", summary.totals.byMatter, (k) => k),
    ...table("按支付方", summary.totals.byPayer, (k) => payerLabels[k as Payer] ?? k),
  ];
  if (summary.unknown.length > 0) {
    lines.push("未识别的值（已列出，未丢弃；可在映射文件 values 中补充对应的目录值）：");
    for (const u of summary.unknown.sort((a, b) => b.count - a.count).slice(0, 50))
      lines.push(
        `  列「${u.column}」“${u.value}”：${u.count} 行（第${u.lines.slice(0, 10).join("、")}${u.count > 10 ? "…" : ""}行）`,
      );
  }
  return lines.join("\n");
}
