import { describe, expect, it } from "vitest";
import { publicDocument } from "./public-document.ts";

describe("the portal's copy of a published document", () => {
  it("leaves out the drafters' test cases and keeps everything else", () => {
    const document = { id: "p", title: "方案", clauses: [{ id: "c" }], testCases: [{ id: "t" }] };
    expect(publicDocument(document)).toEqual({ id: "p", title: "方案", clauses: [{ id: "c" }] });
    expect(document.testCases).toEqual([{ id: "t" }]); // the stored document is not touched
    const plain = { id: "q" };
    expect(publicDocument(plain)).toBe(plain);
  });
});
