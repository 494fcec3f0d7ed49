import { type Profile, validateProfile } from "@jiangce/rule-schema";
import { CliError } from "./cli-io.ts";
import { formatIssue } from "./issues.ts";
import { displayPath, readJsonFile } from "./program-files.ts";

/** Read and validate one applicant profile (JSON file). */
export async function readProfile(path: string): Promise<Profile> {
  const data = await readJsonFile(path);
  const result = validateProfile(data);
  if (!result.ok)
    throw new CliError(
      `档案 ${displayPath(path)} 格式有误，请修正：\n${result.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
    );
  return result.value;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Check --as-of early, so the error names the option rather than the engine. */
export function checkAsOf(asOf: string): string {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real =
    isoDate.test(asOf) &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d;
  if (!real) throw new CliError(`--as-of ${asOf} 不是有效日期，请写成 YYYY-MM-DD，如 2026-06-30`);
  return asOf;
}
