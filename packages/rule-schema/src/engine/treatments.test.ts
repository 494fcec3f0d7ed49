import { describe, expect, it } from "vitest";
import type { TreatmentInput } from "../schema/treatment.ts";
import { person, program } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";

function withTreatments(n: number) {
  const p = program("t", []);
  const treatments: TreatmentInput[] = [
    { id: "always", kind: "service", label: "服务保障" },
    ...Array.from({ length: n }, (_, i) => ({
      id: `t${i}`,
      kind: "priority" as const,
      label: `优先${i}`,
      conditions: { fact: "frontlineYears", op: "gte" as const, value: i },
    })),
  ];
  p.clauses = [{ id: "c", citation: "1.", text: "第1条", treatments }];
  return compile([p]);
}

describe("non-monetary treatments", () => {
  it.each([5, 40])("lists the unconditional and every matching one (%i conditional)", (n) => {
    const set = withTreatments(n);
    const ids = (facts: Record<string, unknown>) =>
      evaluate(set, person(facts), "2024-06-01").treatments.map((t) => t.treatment.id);
    expect(ids({})).toEqual(["always"]);
    expect(ids({ frontlineYears: 2 })).toEqual(["always", "t0", "t1", "t2"]);
    expect(ids({ frontlineYears: 100 })).toHaveLength(n + 1);
    const r = evaluate(set, person({ frontlineYears: 1 }), "2024-06-01");
    expect(r.treatments).toBe(r.treatments); // built once, then kept
  });
});
