import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A fresh temporary directory with the given files (name → text or JSON value). */
export async function tempFiles(files: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "policy-cli-"));
  for (const [name, content] of Object.entries(files))
    await writeFile(
      join(dir, name),
      typeof content === "string" ? content : JSON.stringify(content, null, 2),
    );
  return dir;
}

/** A program file of @jiangce/programs by folder name (wuhan, huangshi-legacy …). */
export const programFile = (folder: string) =>
  fileURLToPath(new URL(`../../programs/src/${folder}/program.json`, import.meta.url));
