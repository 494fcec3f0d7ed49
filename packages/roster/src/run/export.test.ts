import { compile, evaluate, smallProgram } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { csvRowWriter } from "./csv-rows.ts";
import { csvLine, errorCells, resultCells, safeCell } from "./export.ts";
import { rowEntitlements } from "./results.ts";

describe("results CSV", () => {
  it("escapes cells a spreadsheet would run as formulas", () => {
    expect(["=1+1", "+86", "-3", "@SUM(A1)", "\tx", "\rx", "张三", ""].map(safeCell)).toEqual([
      "'=1+1",
      "'+86",
      "'-3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "张三",
      "",
    ]);
  });

  it("writes the CLI's fast lines exactly as the cell definition does", () => {
    const compiled = compile([smallProgram]);
    const columns = { attributes: ["证书编号", "工作单位"], identity: true };
    const writer = csvRowWriter(columns);
    const cases = [
      { facts: { competitions: [{ event: "worldskills", medal: "gold" }] }, name: "=HYPERLINK(1)" },
      { facts: { titles: ["example-craftsman"] }, name: '张"三",某' },
      { facts: {}, name: null },
    ];
    cases.forEach(({ facts, name }, i) => {
      const result = evaluate(
        compiled,
        { id: `p${i}`, kind: "person", regionCode: "420112", facts },
        "2024-06-01",
      );
      const attributes = { 证书编号: `-S${i}`, 工作单位: "厂,一" };
      const unknown = i === 1 ? [{ column: "荣誉", target: "honours", value: "市级劳模" }] : [];
      const row = {
        line: i + 2,
        profileId: `p${i}`,
        name,
        identityNumber: "110101199003074514",
        attributes,
        entitlements: rowEntitlements(result),
        totalFen: 0,
        unknown,
        nearMisses: [],
      };
      const expected = resultCells(row, columns).map(csvLine).join("");
      expect(
        writer.row(
          i + 2,
          `p${i}`,
          name,
          "110101199003074514",
          attributes,
          result.entitlements,
          unknown,
        ),
      ).toBe(expected);
    });
    expect(writer.error(9, "=坏行")).toBe(
      csvLine(errorCells({ line: 9, reason: "=坏行" }, columns)),
    );
  });
});
