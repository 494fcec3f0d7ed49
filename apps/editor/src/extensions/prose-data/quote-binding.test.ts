import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../../packages/programs/src/index.ts";
import { docToProgram } from "../../document/doc-to-program.ts";
import { programToDoc } from "../../document/program-to-doc.ts";
import { proseDataMismatches } from "../../document/prose-data.ts";
import { programNodes } from "../index.ts";
import { followQuote, quoteBinding } from "./quote-binding.ts";

describe("the granting sentence follows edits", () => {
  const before = "对获奖者，给予一次性奖励10万元。其他按规定。";
  it("follows an edit inside the quote", () => {
    const after = "对获奖者，给予一次性奖励12万元。其他按规定。";
    expect(followQuote(before, after, "给予一次性奖励10万元。")).toBe("给予一次性奖励12万元。");
  });
  it("leaves a quote alone when the edit is elsewhere", () => {
    expect(followQuote(before, `${before}补充。`, "给予一次性奖励10万元。")).toBeNull();
  });
  it("follows an edit that runs past the quote's end", () => {
    const after = "对获奖者，给予一次性奖励8万";
    expect(followQuote(before, after, "给予一次性奖励10万元。")).toBe("给予一次性奖励8万");
  });

  it("typing over an amount in 衢州's prose rebinds the quote and shows the disagreement", () => {
    const quzhou = parsePrograms(seedProgramFiles).find((p) => p.id.includes("quzhou"));
    if (!quzhou) throw new Error("no quzhou");
    const schema = getSchema(programNodes);
    let state = EditorState.create({
      doc: Node.fromJSON(schema, programToDoc(quzhou)),
      plugins: [quoteBinding],
    });
    // "分别给予一次性10万、6万、2万、0.6万元" → "分别给予一次性12万、6万、2万、0.6万元"
    let at = -1;
    state.doc.descendants((node, pos) => {
      const i = node.isText ? (node.text ?? "").indexOf("一次性10万、6万") : -1;
      if (i >= 0 && at < 0) at = pos + i + "一次性".length;
      return at < 0;
    });
    expect(at).toBeGreaterThan(0);
    state = state.apply(state.tr.insertText("12", at, at + 2));
    const edited = docToProgram(state.doc.toJSON());
    const benefit = edited.clauses.find((c) => c.id === "craftsman-selection")?.benefits[0];
    expect(benefit?.quote).toContain("一次性12万、6万、2万、0.6万元");
    expect(proseDataMismatches(edited).map((m) => m.message)).toEqual([
      "正文为12万元，数据为10万元",
    ]);
  });
});
