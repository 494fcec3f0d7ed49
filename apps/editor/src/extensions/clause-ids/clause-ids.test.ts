import { getSchema } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { parsePrograms, seedProgramFiles } from "../../../../../packages/programs/src/index.ts";
import { clauseToNode, programToDoc } from "../../document/program-to-doc.ts";
import { programNodes } from "../index.ts";
import { duplicateIds } from "./index.ts";

const schema = getSchema(programNodes);
const wuhan = parsePrograms(seedProgramFiles).find((p) => p.id.includes("wuhan"));

describe("stable clause ids", () => {
  it("leaves a document with unique ids alone", () => {
    if (!wuhan) throw new Error("no wuhan");
    expect(duplicateIds(Node.fromJSON(schema, programToDoc(wuhan)))).toEqual([]);
  });

  it("gives a pasted copy (and its blocks) fresh ids, a new clause an id, and keeps the original's", () => {
    if (!wuhan) throw new Error("no wuhan");
    const json = programToDoc(wuhan);
    const original = wuhan.clauses.find((c) => c.benefits.length > 0);
    if (!original) throw new Error("no clause with a benefit");
    const copy = clauseToNode(original);
    const blank = {
      ...clauseToNode(original),
      attrs: { ...clauseToNode(original).attrs, id: null },
    };
    json.content?.push(copy, blank);
    const fixes = duplicateIds(Node.fromJSON(schema, json));
    const clauseIds = fixes.map((f) => f.attrs.id).filter(Boolean) as string[];
    expect(clauseIds).toHaveLength(2);
    for (const id of clauseIds) {
      expect(id).toMatch(/^clause-[a-z0-9]+$/);
      expect(wuhan.clauses.map((c) => c.id)).not.toContain(id);
    }
    const benefitIds = fixes
      .map((f) => (f.attrs.data as { id?: string } | undefined)?.id)
      .filter(Boolean);
    // the copy's benefits and the blank's benefits: two copies each of the original's
    expect(benefitIds).toHaveLength(original.benefits.length * 2);
    expect(new Set(benefitIds).size).toBe(benefitIds.length);
  });
});
