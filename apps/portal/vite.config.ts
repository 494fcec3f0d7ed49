import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs in apps/server (pnpm --filter @jiangce/server start) on port 3000.
export default defineConfig({
  base: "/",
  plugins: [react()],
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
  build: { outDir: "dist", emptyOutDir: true },
});
