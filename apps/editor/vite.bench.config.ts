import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The program document alone (bench.html), for the editor benchmark and the browser test:
// no server, no login. `vite build -c vite.bench.config.ts` writes dist-bench/.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "dist-bench",
    emptyOutDir: true,
    minify: process.env.BENCH_MINIFY !== "0",
    rollupOptions: { input: "bench.html" },
  },
});
