// The editor's bench page (apps/editor/bench.html: the program document alone, no server, no
// login), built with Vite and served from a throwaway static server on loopback.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { repoRoot } from "./start-server.ts";

const editorDir = join(repoRoot, "apps", "editor");
const distDir = join(editorDir, "dist-bench");
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

export interface BenchPage {
  /** e.g. http://127.0.0.1:40123/bench.html */
  url: string;
  stop(): Promise<void>;
}

export function buildBenchPage(): void {
  execFileSync(
    join(editorDir, "node_modules", ".bin", "vite"),
    ["build", "-c", "vite.bench.config.ts", "--logLevel", "warn"],
    {
      cwd: editorDir,
      stdio: "inherit",
    },
  );
}

export async function serveBenchPage(): Promise<BenchPage> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const body = await readFile(join(distDir, path === "/" ? "bench.html" : path));
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/bench.html`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
