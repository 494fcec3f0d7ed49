import {
  AlignmentType,
  convertMillimetersToTwip,
  Footer,
  type IRunOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";

/*
 * GB/T 9704-2012《党政机关公文格式》as docx settings: A4, 天头 37 mm, 订口 28 mm, version
 * area 156 × 225 mm; 22 lines of 28 characters in 3号仿宋; title in 2号小标宋; headings
 * 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋; page numbers in 4号宋体 "— 1 —",
 * odd pages right, even pages left, one character in from the edge.
 */
export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

/** Chinese point sizes in docx half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZE = { hao2: 44, hao3: 32, hao4: 28, xiao4: 24 } as const;

/** 225 mm / 22 lines ≈ 29 pt a line. */
export const LINE_TWIP = 580;

export const PAGE = {
  size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
  margin: {
    top: convertMillimetersToTwip(37),
    bottom: convertMillimetersToTwip(35),
    left: convertMillimetersToTwip(28),
    right: convertMillimetersToTwip(26),
  },
};

export function run(text: string, font: string, size: number, extra: IRunOptions = {}): TextRun {
  return new TextRun({
    text,
    size,
    font: { eastAsia: font, ascii: FONT.latin, hAnsi: FONT.latin },
    ...extra,
  });
}

/** A body paragraph: 3号仿宋, indented two characters, exact line height. */
export function bodyParagraph(children: TextRun[], indent = true): Paragraph {
  return new Paragraph({
    children,
    spacing: { line: LINE_TWIP, lineRule: LineRuleType.EXACT },
    indent: indent ? { firstLine: SIZE.hao3 * 20 } : undefined,
    alignment: AlignmentType.JUSTIFIED,
  });
}

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, FONT.title, SIZE.hao2)],
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE_TWIP },
  });
}

const pageNumber = (alignment: "left" | "right") =>
  new Footer({
    children: [
      new Paragraph({
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === "right" ? { right: SIZE.hao4 * 20 } : { left: SIZE.hao4 * 20 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            size: SIZE.hao4,
            font: { eastAsia: FONT.pageNumber, ascii: FONT.pageNumber, hAnsi: FONT.pageNumber },
          }),
        ],
      }),
    ],
  });

/** Odd pages numbered on the right, even pages on the left (set evenAndOddHeaderAndFooters). */
export const pageFooters = { default: pageNumber("right"), even: pageNumber("left") };
