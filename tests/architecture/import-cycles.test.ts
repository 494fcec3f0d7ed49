import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, importGraph, relativeToRepo, repoRoot, sourceFiles } from "./import-graph.ts";

const workspaces = ["apps", "packages"].flatMap((group) =>
  readdirSync(join(repoRoot, group)).map((name) => join(repoRoot, group, name)),
);

describe("import cycles", () => {
  it("finds a cycle when there is one (the check can fail)", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"]]);
    expect(cycles(new Map([["a.ts", ["a.ts"]]]))).toEqual([["a.ts"]]);
    expect(
      cycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", []],
        ]),
      ),
    ).toEqual([]);
  });

  it.each(workspaces.map((w) => [relativeToRepo(w), w]))(
    "%s: no file imports itself through other files",
    (_name, workspace) => {
      const files = sourceFiles(join(workspace, "src"));
      const found = cycles(importGraph(files)).map((c) => c.map(relativeToRepo));
      expect(found).toEqual([]);
    },
  );

  it("no workspace package depends on itself through other packages", () => {
    const graph = new Map<string, string[]>();
    for (const w of workspaces) {
      let manifest: { name?: string; dependencies?: object; devDependencies?: object };
      try {
        manifest = JSON.parse(readFileSync(join(w, "package.json"), "utf8"));
      } catch {
        continue;
      }
      if (manifest.name === undefined) continue;
      const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
      graph.set(
        manifest.name,
        deps.filter((d) => d.startsWith("@jiangce/")),
      );
    }
    expect(cycles(graph)).toEqual([]);
  });
});
