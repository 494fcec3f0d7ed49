import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { CliError } from "../cli-io.ts";
import { programFile, tempFiles } from "../test-files.ts";
import { evalCommand } from "./eval.ts";
import { validateCommand } from "./validate.ts";

// 武汉's self-funded upgrade subsidy, narrowed to the city's key industries: a list 武汉 keeps in
// its 事实目录 (exported from the back office), which the program does not declare itself.
const catalogue = {
  regionCode: "420100",
  level: "city",
  name: "武汉市",
  facts: [
    {
      key: "whKeyIndustry",
      label: "武汉市重点产业",
      extends: false,
      type: "enum",
      values: [
        { value: "optoelectronics", label: "光电子信息" },
        { value: "auto", label: "汽车制造和服务" },
      ],
    },
  ],
};

async function files() {
  const program = JSON.parse(await readFile(programFile("wuhan"), "utf8"));
  const benefit = program.clauses[2].benefits[0];
  benefit.conditions = {
    all: [benefit.conditions, { fact: "whKeyIndustry", op: "eq", value: "optoelectronics" }],
  };
  const worker = (industry: string) => ({
    id: "p",
    kind: "person",
    regionCode: "420106",
    facts: {
      whUpgradeTrainingSelfFunded: true,
      skillLevel: "senior-technician",
      whKeyIndustry: industry,
    },
  });
  const dir = await tempFiles({
    "program.json": program,
    "catalogue.json": [catalogue],
    "in.json": worker("optoelectronics"),
    "out.json": worker("auto"),
  });
  return { dir, at: (name: string) => join(dir, name), benefitId: benefit.id as string };
}

describe("--catalogues: programs written against a region's 事实目录", () => {
  it("validates a program only with the catalogue that declares what it uses", async () => {
    const { at } = await files();
    const without = captureIo();
    expect(await validateCommand({ files: [at("program.json")] }, without.io)).toBe(1);
    expect(without.out()).toContain("whKeyIndustry");
    const withCatalogue = captureIo();
    const code = await validateCommand(
      { files: [at("program.json")], catalogues: [at("catalogue.json")] },
      withCatalogue.io,
    );
    expect(withCatalogue.out()).toContain("✓ 武汉市目录  1 个事实");
    expect(code).toBe(0);
  });

  it("evaluates with the catalogue's values, as the back office and the portal do", async () => {
    const { at, benefitId } = await files();
    const run = async (profile: string, catalogues?: string[]) => {
      const c = captureIo();
      await evalCommand(
        { profile: at(profile), programs: [at("program.json")], catalogues, asOf: "2024-06-01" },
        c.io,
      );
      return JSON.parse(c.out()) as { entitlements: { benefitId: string }[] };
    };
    await expect(run("in.json")).rejects.toBeInstanceOf(CliError);
    const paid = await run("in.json", [at("catalogue.json")]);
    expect(paid.entitlements.map((e) => e.benefitId)).toContain(benefitId);
    const other = await run("out.json", [at("catalogue.json")]);
    expect(other.entitlements.map((e) => e.benefitId)).not.toContain(benefitId);
  });
});
