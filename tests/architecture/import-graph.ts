import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The relative imports of a package's source files, as a graph, and its cycles. Every import
 * counts, `import type` and `export … from` included: a type-only cycle still means two
 * files that cannot be read (or moved) one without the other.
 */

export const repoRoot = resolve(import.meta.dirname, "../..");

const sourceExtensions = [".ts", ".tsx", ".mts"];
const skipDirectories = new Set(["node_modules", "dist", "generated", ".turbo"]);

export function sourceFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const out: string[] = [];
  for (const name of readdirSync(directory)) {
    if (skipDirectories.has(name)) continue;
    const path = join(directory, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (sourceExtensions.some((e) => name.endsWith(e)) && !name.endsWith(".d.ts"))
      out.push(path);
  }
  return out;
}

// import … from "x" | export … from "x" | import "x" | import("x")
const specifierPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*["']([^"']+)["']|(?:^|[\s;])import\s*\(?\s*["']([^"']+)["']/g;

export function importSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const out: string[] = [];
  for (const m of withoutComments.matchAll(specifierPattern)) out.push((m[1] ?? m[2])!);
  return out;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...sourceExtensions.map((e) => base + e),
    ...sourceExtensions.map((e) => base.replace(/\.js$/, e)),
    ...sourceExtensions.map((e) => join(base, `index${e}`)),
  ];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** file → files it imports (relative imports inside `files` only) */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const s of importSpecifiers(readFileSync(file, "utf8"))) {
      if (!s.startsWith(".")) continue;
      const target = resolveRelative(file, s);
      if (target !== null && known.has(target)) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one node, or a node importing itself. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

export function relativeToRepo(path: string): string {
  return relative(repoRoot, path);
}
