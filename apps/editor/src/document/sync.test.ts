import type { Program } from "@jiangce/rule-schema";
import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../packages/programs/src/index.ts";
import { programNodes } from "../extensions/index.ts";
import { programOfNode } from "./doc-to-program.ts";
import { programToDoc } from "./program-to-doc.ts";
import { syncTransaction } from "./sync.ts";

const schema = getSchema(programNodes);
const quzhou = parsePrograms(seedProgramFiles).find((p) => p.id.includes("quzhou")) as Program;

/** A state with the cursor in the given clause's first paragraph, `offset` characters in. */
function stateIn(program: Program, clauseId: string, offset: number) {
  const doc = Node.fromJSON(schema, programToDoc(program));
  let at = -1;
  doc.forEach((node, pos) => {
    if (at >= 0 || node.attrs.id !== clauseId) return;
    node.forEach((child, childOffset) => {
      if (at < 0 && child.type.name === "paragraph") at = pos + 1 + childOffset + 1 + offset;
    });
  });
  return EditorState.create({ doc, selection: TextSelection.create(doc, at) });
}

const textAround = (state: EditorState) => {
  const { $from } = state.selection;
  return $from.parent.textContent.slice($from.parentOffset - 4, $from.parentOffset + 4);
};

describe("an outside edit merged into the open document", () => {
  it("changes only what differs, and the cursor stays in its sentence", () => {
    const state = stateIn(quzhou, "economic-treatment", 20);
    const before = textAround(state);
    // the inspector sets another amount on an earlier clause's benefit, and renames a later clause
    const edited: Program = {
      ...quzhou,
      clauses: quzhou.clauses.map((c) =>
        c.id === "craftsman-selection"
          ? { ...c, benefits: c.benefits.map((b) => ({ ...b, label: "经费支持（修订）" })) }
          : c.id === "social-treatment"
            ? { ...c, heading: "提高技能人才社会地位" }
            : c,
      ),
    };
    const tr = syncTransaction(state, edited);
    if (!tr) throw new Error("no change found");
    const after = state.apply(tr);
    expect(textAround(after)).toBe(before);
    expect(after.selection.$from.node(1).attrs.id).toBe("economic-treatment");
    const read = programOfNode(after.doc);
    expect(read.clauses.find((c) => c.id === "craftsman-selection")?.benefits[0]?.label).toBe(
      "经费支持（修订）",
    );
    expect(read.clauses.find((c) => c.id === "social-treatment")?.heading).toBe(
      "提高技能人才社会地位",
    );
  });

  it("does nothing when the program is the document's", () => {
    expect(syncTransaction(stateIn(quzhou, "funding", 0), quzhou)).toBeNull();
  });
});
