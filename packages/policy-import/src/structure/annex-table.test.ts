import { describe, expect, it } from "vitest";
import { splitLines } from "../text/lines.ts";
import { readAnnexes } from "./annex-table.ts";

describe("annex task tables", () => {
  it("reads cells one per tab-indented line, rows between blank lines", () => {
    const text =
      "附件\n任务分解\n\n\t序号\n\t工 作 内 容\n\t牵头单位\n\t配合单位\n\n\t1\n\t到2025年，每年开展养老护理培训500人次。\n\t市民政局\n\t市教育局、市人社局\n";
    const { annexes } = readAnnexes(splitLines(text));
    expect(annexes[0]?.value.title).toBe("任务分解");
    expect(annexes[0]?.value.tasks).toEqual([
      {
        seq: 1,
        content: "到2025年，每年开展养老护理培训500人次。",
        lead: ["市民政局"],
        support: ["市教育局", "市人社局"],
        targets: [
          expect.objectContaining({
            value: 500,
            unit: "人次",
            perYear: true,
            byDate: "2025-12-31",
          }),
        ],
        deadline: "2025-12-31",
      },
    ]);
  });
  it("reads rows written as one tab-separated line and reports a row without a lead", () => {
    const text =
      "附件1\n重点任务\n序号\t任务\t责任单位\n1\t建设公共实训基地\t市人社局\n2\t开展竞赛\t\n";
    const { annexes, unread } = readAnnexes(splitLines(text));
    expect(annexes[0]?.value.tasks?.map((t) => [t.seq, t.lead])).toEqual([[1, ["市人社局"]]]);
    expect(unread.map((u) => u.reason)).toEqual(["附件表格行没有牵头单位"]);
  });
  it("reads a table from mammoth's raw text, one cell per paragraph", () => {
    const text =
      "附件\n\n重点任务分工\n\n序号\n\n工作内容\n\n牵头单位\n\n配合单位\n\n1\n\n建设公共实训基地\n\n市人社局\n\n市财政局\n\n2\n\n开展技能竞赛\n\n市总工会\n";
    const { annexes } = readAnnexes(splitLines(text));
    expect(annexes[0]?.value.tasks?.map((t) => [t.seq, t.content, t.lead, t.support])).toEqual([
      [1, "建设公共实训基地", ["市人社局"], ["市财政局"]],
      [2, "开展技能竞赛", ["市总工会"], []],
    ]);
  });
});
