import { describe, expect, it } from "vitest";
import { program } from "../testing/fixtures.ts";
import { formatTarget, isQualitativeTarget, targetSchema } from "./target.ts";
import { validateProgram } from "./validate.ts";

describe("targets", () => {
  it("may be qualitative: a date and words, no number (连云港 序言 到2035年…)", () => {
    const p = program("t", [], {
      targets: [
        {
          id: "by-2035",
          label: "高技能人才队伍规模持续壮大、素质大幅提升，数量、结构与现代化建设的要求基本相适应",
          byDate: "2035-12-31",
        },
      ],
    });
    const r = validateProgram(p);
    expect(r.issues).toEqual([]);
    const t = r.ok ? r.value.targets[0]! : null;
    expect(t && isQualitativeTarget(t)).toBe(true);
    expect(t && formatTarget(t)).toBe(
      "到2035年，高技能人才队伍规模持续壮大、素质大幅提升，数量、结构与现代化建设的要求基本相适应（定性目标）",
    );
  });

  it("keeps numeric targets as before and says which half is missing", () => {
    const n = targetSchema.parse({
      id: "n",
      label: "技能人才",
      value: 340000,
      unit: "人",
      byDate: "2027-12-31",
    });
    expect(isQualitativeTarget(n)).toBe(false);
    expect(formatTarget(n)).toBe("到2027年，技能人才达340000人");
    const noUnit = validateProgram(
      program("t", [], { targets: [{ id: "n", label: "x", value: 3 }] }),
    );
    expect(noUnit.issues.map((i) => i.path)).toEqual(["targets.0.unit"]);
    const noValue = validateProgram(
      program("t", [], { targets: [{ id: "n", label: "x", unit: "人" }] }),
    );
    expect(noValue.issues.map((i) => i.path)).toEqual(["targets.0.value"]);
  });
});
