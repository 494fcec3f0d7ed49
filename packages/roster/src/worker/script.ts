import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/**
 * How to start a worker module. From the CLI bundle (`dist/policy.mjs`) the worker bundles
 * beside it (`dist/roster-eval-worker.mjs`), run by plain Node. From TypeScript sources
 * (server under tsx, tests) a two-line bootstrap registers tsx's loader inside the new
 * thread, then imports the `.ts` module (a worker does not inherit the parent's loader).
 */
export function workerScript(name: "eval-worker" | "run-worker"): {
  code: string | URL;
  eval: boolean;
} {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) {
    // this module may sit in a shared chunk (dist/chunks/): the workers are beside the entry
    const dist = new URL(here.includes("/chunks/") ? "../" : "./", here);
    return { code: new URL(`roster-${name}.mjs`, dist), eval: false };
  }
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const target = new URL(`./${name}.ts`, here).href;
  return {
    code: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`,
    eval: true,
  };
}
