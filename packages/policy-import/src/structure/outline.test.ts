import { describe, expect, it } from "vitest";
import { splitLines } from "../text/lines.ts";
import { readHeader } from "./header.ts";
import { readOutline } from "./outline.ts";

const outline = (text: string) => readOutline(text, splitLines(text));

describe("clauses by their numbering", () => {
  it("nests 一、（一）1. and cites them as the text numbers them", () => {
    const text =
      "标题\n一、总体目标\n到2025年，技能人才达到10万人。\n二、主要任务\n（一）培养行动\n1.推进培训。内容一。\n2.遴选工匠。内容二。\n（二）激励行动\n3.提高待遇。内容三。\n三、组织保障\n本办法自印发之日起施行。";
    const o = outline(text);
    expect(o.clauses.map((c) => [c.citation, c.heading, c.sectionPath])).toEqual([
      ["一", "总体目标", []],
      ["二（一）1.", "推进培训", ["二、主要任务", "（一）培养行动"]],
      ["二（一）2.", "遴选工匠", ["二、主要任务", "（一）培养行动"]],
      ["二（二）3.", "提高待遇", ["二、主要任务", "（二）激励行动"]],
      ["三", "组织保障", []],
    ]);
    expect(o.closing && text.slice(o.closing.start, o.closing.end)).toBe(
      "本办法自印发之日起施行。",
    );
  });

  it("copes with skipped levels, half-width brackets and repeated numbers", () => {
    const text = "一、总则\n(1)对象为企业职工。\n(2)对象为院校。\n一、附则\n1.另一个一。";
    const o = outline(text);
    expect(o.clauses.map((c) => c.citation)).toEqual(["一(1)", "一(2)", "一1."]);
    // the second 一、1. would be c1-1 again: ids stay unique
    expect(o.clauses.map((c) => c.id)).toEqual(["c1-1", "c1-2", "c1-1-2"]);
  });

  it("keeps the annex apart and skips the annex reference line", () => {
    const text = "一、任务\n内容。\n附件：任务分解表\n附件\n任务分解表\n\t序号\t内容";
    const o = outline(text);
    expect(o.clauses[0]?.span && text.slice(o.clauses[0].span.start, o.clauses[0].span.end)).toBe(
      "一、任务\n内容。",
    );
    expect(o.annexLines[0]?.text).toBe("附件");
  });
});

describe("the header", () => {
  it("reads a title over two lines, the stage, and skips web crumbs and the addressee", () => {
    const text =
      "首页 > 政策文件\n关于加强新时代高技能人才队伍建设\n的实施意见\n（征求意见稿）\n各县区人民政府：\n为深入贯彻……，现提出以下意见。\n一、总体要求\n内容。";
    const o = outline(text);
    const h = readHeader(o.headerLines);
    expect(h.title?.value).toBe("关于加强新时代高技能人才队伍建设的实施意见");
    expect(h.stage?.value).toBe("comment-draft");
    expect(h.preamble && text.slice(h.preamble.start, h.preamble.end)).toBe(
      "各县区人民政府：\n为深入贯彻……，现提出以下意见。",
    );
  });
  it("reads a stage written at the end of the title and a document number", () => {
    const text = "某市人社发〔2023〕7号\n某市技能人才激励办法（送审稿）\n一、内容\n正文。";
    const h = readHeader(outline(text).headerLines);
    expect(h.documentNumber?.value).toBe("某市人社发〔2023〕7号");
    expect(h.title?.value).toBe("某市技能人才激励办法");
    expect(h.stage?.value).toBe("approval-draft");
  });
  it("takes a number that continues an open level for that level mistyped", () => {
    const text =
      "一、指导思想\n内容。\n二、总体要求\n内容。\n3、 大力实施行动\n（一）起底建库行动\n内容。\n（2） 坚持政策引领\n内容。";
    expect(outline(text).clauses.map((c) => c.citation)).toEqual([
      "一",
      "二",
      "三（一）",
      "三（二）",
    ]);
  });
  it("skips a note printed before the title", () => {
    const text =
      "【说明】本页面为转载，仅供参考，以正式文件为准。\n某市技能人才激励办法（2018年）\n为加快……，制定本办法。\n一、内容\n正文。";
    const h = readHeader(outline(text).headerLines);
    expect(h.title?.value).toBe("某市技能人才激励办法（2018年）");
    expect(h.preamble && text.slice(h.preamble.start, h.preamble.end)).toBe(
      "为加快……，制定本办法。",
    );
  });
  it("numbers clauses of a page pasted as one paragraph", () => {
    const text =
      "某区技能人才激励办法\n为加快技能人才队伍建设，制定本办法。一、对获评区级技能大师的，给予一次性奖励1万元。二、对新建技能大师工作室的，给予5万元资助。本办法自印发之日起施行。";
    const o = outline(text);
    expect(o.clauses.map((c) => c.citation)).toEqual(["一", "二"]);
    expect(o.clauses[1]?.span && text.slice(o.clauses[1].span.start, o.clauses[1].span.end)).toBe(
      "二、对新建技能大师工作室的，给予5万元资助。",
    );
    expect(o.closing && text.slice(o.closing.start, o.closing.end)).toBe(
      "本办法自印发之日起施行。",
    );
  });
  it("takes 本方案… for the closing only after the last numbered clause", () => {
    const text =
      "一、总则\n本方案实施期间，各地要加强统筹。\n二、措施\n内容。\n本方案自印发之日起施行。";
    const o = outline(text);
    expect(o.clauses.map((c) => c.citation)).toEqual(["一", "二"]);
    expect(o.closing && text.slice(o.closing.start, o.closing.end)).toBe(
      "本方案自印发之日起施行。",
    );
  });
  it("nests 第X条 under 第X章 and cites the article as the text does", () => {
    const text =
      "某市技能人才激励办法\n第一章 总则\n第一条 为加快技能人才队伍建设，制定本办法。\n第二章 激励措施\n第二条 对获评市级技能大师的，给予一次性奖励2万元。\n第三条 本办法自2025年1月1日起施行。";
    const o = outline(text);
    expect(o.clauses.map((c) => [c.citation, c.sectionPath])).toEqual([
      ["第一条", ["第一章总则"]],
      ["第二条", ["第二章激励措施"]],
      ["第三条", ["第二章激励措施"]],
    ]);
  });
});
