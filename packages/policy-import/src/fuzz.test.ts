import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyProposals, importPolicyText, validateDraft } from "./index.ts";
import { splitSentences } from "./text/sentences.ts";

// Arbitrary and adversarial text: the importer must never throw, and the work it does must
// grow with the text (counted in characters read, never timed).
const policyWords = [
  "一、",
  "（一）",
  "1.",
  "（1）",
  "第一条",
  "给予",
  "每人",
  "每年",
  "最高",
  "不超过",
  "分别",
  "万元",
  "元/人",
  "1:1配套",
  "提高30%",
  "按200%标准",
  "有效期至2027年12月31日",
  "自印发之日起施行",
  "就高、不重复享受",
  "（责任单位：市人社局、市财政局）",
  "附件",
  "\t序号\t工作内容\t牵头单位",
  "0.6",
  "两万",
  "三千",
  "1.5亿",
  "，",
  "。",
  "；",
  "\n",
  "（",
  "）",
  "“",
  "”",
  "对",
  "的",
  "9".repeat(30),
];
const policyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...policyWords),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(""));

describe("any text", () => {
  it("never throws and reads each character in at most one sentence", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          policyText,
          fc.string({ unit: "grapheme", maxLength: 2000 }),
          fc.string({ unit: "binary", maxLength: 2000 }),
        ),
        (text) => {
          const r = importPolicyText(text);
          expect(r.stats.charactersRead).toBeLessThanOrEqual(text.length);
          expect(r.proposals.length).toBeLessThanOrEqual(text.length);
          for (const p of r.proposals) expect(p.span.end).toBeLessThanOrEqual(r.text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("splits sentences into disjoint, ordered spans", () => {
    fc.assert(
      fc.property(policyText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.text).toBe(text.slice(s.start, s.end));
          last = s.end;
        }
      }),
    );
  });

  it("survives the adversarial texts without doing more work than their length", () => {
    const texts = [
      `${"（".repeat(10_000)}给予1万元${"）".repeat(10_000)}`,
      `给予${"9".repeat(5000)}万元，${"一二三".repeat(3000)}万元。`,
      "一、（一）1.（1）第一条 给予每人5000元。\n".repeat(2000),
      Array.from({ length: 50_000 }, (_, i) =>
        String.fromCharCode(i % 5 === 0 ? i % 32 : 0x4e00 + ((i * 7919) % 20_000)),
      ).join(""),
      "附件\n".repeat(5000),
    ];
    for (const text of texts) {
      const r = importPolicyText(text);
      expect(r.stats.charactersRead).toBeLessThanOrEqual(text.length);
    }
  });

  it("does the same work per copy when a text is repeated (linear, counted)", () => {
    const clause =
      "1.对新获评技能大师的，给予一次性奖励2万元，每2年评选一次，每次10名左右。（责任单位：市人社局）\n";
    const one = importPolicyText(clause.repeat(100)).stats;
    const ten = importPolicyText(clause.repeat(1000)).stats;
    expect(ten.sentencesRead).toBe(one.sentencesRead * 10);
    expect(ten.charactersRead).toBe(one.charactersRead * 10);
  });
  it("applies any mix of decisions without throwing, and the result can always be validated", () => {
    const r = importPolicyText(
      "一、对获评技能大师的，分别给予1万元、2万元奖励。\n二、每2年评选一次，每次10名左右。\n本办法自印发之日起施行。",
    );
    const actions = fc.constantFrom<"accept" | "reject">("accept", "reject");
    fc.assert(
      fc.property(
        fc.array(actions, { minLength: r.proposals.length, maxLength: r.proposals.length }),
        (chosen) => {
          const decisions = Object.fromEntries(
            r.proposals.map((p, i) => [p.id, { action: chosen[i] ?? "accept" }]),
          );
          const program = applyProposals(r, decisions);
          expect(typeof validateDraft(program).ok).toBe("boolean");
        },
      ),
    );
  });
});
