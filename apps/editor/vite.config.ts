import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by apps/server under /editor/. In development the API runs on port 3000.
export default defineConfig({
  base: "/editor/",
  plugins: [react()],
  server: { port: 5174, proxy: { "/api": "http://localhost:3000" } },
  build: { outDir: "dist", emptyOutDir: true },
});
