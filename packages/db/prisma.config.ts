import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded here, so the CLI runs the JS engine through the
// better-sqlite3 driver adapter. Only `generate` and `migrate diff` are used; migrations are
// applied at runtime by src/migrate.ts on both dialects.
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join(here, "prisma", "schema.prisma"),
  migrations: { path: path.join(here, "prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: path.join(here, "data", "prisma-cli.db") });
  },
});
