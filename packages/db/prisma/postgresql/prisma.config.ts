import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The PostgreSQL twin of ../../prisma.config.ts, used to generate the PostgreSQL client and to
// diff migrations. The CLI never connects here: migrations are applied by src/migrate.ts.
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  async adapter() {
    return new PrismaPg({
      connectionString: process.env.DATABASE_URL ?? "postgresql://localhost:5432/jiangce",
    });
  },
});
