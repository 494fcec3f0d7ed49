import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../capture-io.ts";
import { CliError } from "../cli-io.ts";
import { tempFiles } from "../test-files.ts";
import { evalCommand } from "./eval.ts";

const medallist = {
  id: "p-medal",
  kind: "person",
  regionCode: "420106",
  facts: { competitions: [{ event: "worldskills", medal: "gold", year: 2022 }] },
};

async function evalJson(profile: unknown, asOf: string, programs?: string[]) {
  const dir = await tempFiles({ "p.json": profile });
  const c = captureIo();
  const code = await evalCommand({ profile: join(dir, "p.json"), asOf, programs }, c.io);
  return { code, result: JSON.parse(c.out()) };
}

describe("policy eval", () => {
  it("prints the entitlements as JSON: program, clause, amount, payer, validity, conditions met", async () => {
    const { code, result } = await evalJson(medallist, "2024-06-01");
    expect(code).toBe(0);
    expect(result.totalFen).toBe(30_000_000);
    expect(result.entitlements).toHaveLength(1);
    expect(result.entitlements[0]).toMatchObject({
      programId: "wuhan-craftsman-cultivation",
      citation: "二(三)1.",
      amountFen: 30_000_000,
      payer: "government",
      period: "once",
      validUntil: "2026-12-31",
    });
    expect(result.entitlements[0].conditions[0]).toMatchObject({ fact: "titles", derived: true });
  });

  it("pays nothing once the program has expired (5 years from issue)", async () => {
    const { result } = await evalJson(medallist, "2027-01-01");
    expect(result.entitlements).toEqual([]);
    expect(result.programs).toContainEqual(
      expect.objectContaining({ programId: "wuhan-craftsman-cultivation", status: "expired" }),
    );
  });

  it("never pays a profile outside the programs' regions", async () => {
    const { result } = await evalJson({ ...medallist, regionCode: "440305" }, "2024-06-01");
    expect(result.entitlements).toEqual([]);
  });

  it("rejects a malformed profile with the path and a Chinese message", async () => {
    const dir = await tempFiles({ "p.json": { id: "x", kind: "robot", regionCode: "4201" } });
    const error = await evalCommand(
      { profile: join(dir, "p.json"), asOf: "2024-06-01" },
      captureIo().io,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toContain("$.kind");
    expect((error as Error).message).toContain("$.regionCode");
  });

  it("rejects a date that does not exist", async () => {
    await expect(evalJson(medallist, "2026-02-30")).rejects.toThrow(
      "--as-of 2026-02-30 不是有效日期",
    );
  });
});
