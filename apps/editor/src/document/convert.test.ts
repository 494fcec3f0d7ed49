import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../packages/programs/src/index.ts";
import { programNodes } from "../extensions/index.ts";
import { docToProgram } from "./doc-to-program.ts";
import { programToDoc } from "./program-to-doc.ts";

const schema = getSchema(programNodes);
const seeds = parsePrograms(seedProgramFiles);

describe("program ⇄ document", () => {
  it.each(seeds.map((p) => [p.id, p] as const))(
    "%s survives program → document → JSON → program unchanged",
    (_id, program) => {
      const doc = programToDoc(program);
      // the document is valid for the editor's schema, and survives serialization
      const node = Node.fromJSON(schema, doc);
      node.check();
      const stored = JSON.parse(JSON.stringify(node.toJSON()));
      const back = docToProgram(stored);
      expect(parsePrograms([back])[0]).toEqual(program);
    },
  );

  it("keeps every line of a clause as its own paragraph, blank lines too", () => {
    const [program] = seeds;
    if (!program) throw new Error("no seed");
    const clause = { ...program.clauses[0]!, text: "第一段\n\n第三段" };
    const doc = programToDoc({ ...program, clauses: [clause] });
    const clauseNode = doc.content?.find((n) => n.type === "clause");
    expect(clauseNode?.content?.filter((n) => n.type === "paragraph")).toHaveLength(3);
    expect(docToProgram(doc).clauses[0]?.text).toBe("第一段\n\n第三段");
  });

  it("reads an edited document back: prose typed into a clause becomes its text", () => {
    const program = seeds.find((p) => p.id.includes("quzhou")) ?? seeds[0]!;
    const doc = programToDoc(program);
    const clause = doc.content?.find((n) => n.type === "clause");
    const paragraph = clause?.content?.find((n) => n.type === "paragraph");
    if (!paragraph) throw new Error("no paragraph");
    paragraph.content = [{ type: "text", text: "改写后的条款正文。" }];
    const edited = docToProgram(doc);
    expect(edited.clauses[0]?.text.startsWith("改写后的条款正文。")).toBe(true);
    expect(edited.clauses[0]?.id).toBe(program.clauses[0]?.id);
  });
});
