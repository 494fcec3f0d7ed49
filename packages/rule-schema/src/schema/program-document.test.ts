import { describe, expect, it } from "vitest";
import { smallProgram } from "../examples/small-program.ts";
import { programDocument } from "./program-document.ts";

describe("programDocument", () => {
  it("reads a stored program document as a program", () => {
    expect(programDocument(smallProgram)?.id).toBe(smallProgram.id);
  });

  it("refuses what is not a program document", () => {
    expect(programDocument(null)).toBeNull();
    expect(programDocument("text")).toBeNull();
    expect(programDocument({ clauses: "none", validity: {} })).toBeNull();
    expect(programDocument({ clauses: [] })).toBeNull();
  });
});
