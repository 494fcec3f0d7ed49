import { nationalFactsByKey } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { opsFor, widgetFor } from "./operators.ts";

describe("operators offered by the condition builder", () => {
  it("offers rank comparisons for ordered levels and membership tests for sets, not the reverse", () => {
    const ordered = opsFor("ordered").map((o) => o.value);
    const set = opsFor("set").map((o) => o.value);
    expect(ordered).toContain("gte");
    expect(ordered).not.toContain("contains");
    expect(set).toContain("contains");
    expect(set).not.toContain("gte");
    expect(opsFor("records").map((o) => o.value)).toEqual(["some", "none"]);
  });

  it("labels operators with the words of the engine's explanations", () => {
    expect(opsFor("ordered").find((o) => o.value === "gte")?.label).toBe("达到");
  });

  it("gives every national fact a widget for every operator it is offered", () => {
    for (const [key, fact] of nationalFactsByKey) {
      const type = fact.type ?? "string";
      for (const { value: op } of opsFor(type)) {
        const widget = widgetFor(type, op);
        if (op === "exists" || type === "records") expect(widget, `${key} ${op}`).toBe("none");
        else expect(widget, `${key} ${op}`).not.toBe("none");
      }
    }
    expect(widgetFor("money", "between")).toBe("money-range");
    expect(widgetFor("set", "containsAny")).toBe("options");
    expect(widgetFor("region", "within")).toBe("region");
  });
});
