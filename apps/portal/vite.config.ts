import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Writes a .br and a .gz beside every script and stylesheet of the build: the server sends them
 * to browsers that accept them (@fastify/static preCompressed), without compressing per request.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "jiangce-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = join(outDir, "assets");
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const file = join(assets, name);
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// In development the API runs in apps/server (pnpm --filter @jiangce/server start) on port 3000.
// `vite build` makes the browser bundle (dist/, with a manifest the server reads to preload a
// page's chunk); `vite build --ssr` the server renderer (dist-ssr/entry-server.js).
export default defineConfig(({ isSsrBuild }) => ({
  base: "/",
  plugins: isSsrBuild ? [react()] : [react(), precompress()],
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
  build: isSsrBuild
    ? // one file: the server imports the renderer afresh after a rebuild (`?build=…`), and
      // chunks importing the entry by its bare name would get a second copy of it (and of its
      // React contexts: "ReadStoreProvider missing")
      {
        outDir: "dist-ssr",
        emptyOutDir: true,
        rollupOptions: { output: { inlineDynamicImports: true } },
      }
    : { outDir: "dist", emptyOutDir: true, manifest: true },
}));
