// Keeps the two dialects of the schema and their migrations in step, offline.
//
//   tsx scripts/schema.ts sync              write prisma/postgresql/schema.prisma from prisma/schema.prisma
//   tsx scripts/schema.ts check             exit 1 when the PostgreSQL schema or the migrations lag behind
//   tsx scripts/schema.ts migration <name>  write prisma/migrations/<ts>_<name>/migration.sql and the
//                                           PostgreSQL twin, diffing prisma/schema.migrated.prisma (the
//                                           schema as of the last migration) against the current one
//
// Hand-written migrations (triggers) are plain folders with a migration.sql per dialect.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchemaPath = path.join(root, "prisma", "schema.prisma");
const postgresSchemaPath = path.join(root, "prisma", "postgresql", "schema.prisma");
const migratedSchemaPath = path.join(root, "prisma", "schema.migrated.prisma");

export function toPostgresSchema(sqliteSchema: string): string {
  const header =
    "// GENERATED from ../schema.prisma by `pnpm --filter @jiangce/db schema:sync`: do not edit.\n";
  return (
    header +
    sqliteSchema
      // a generated client is bound to its provider, so PostgreSQL gets its own beside SQLite's
      .replace(
        'output     = "../src/generated/prisma"',
        'output     = "../../src/generated/postgresql"',
      )
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      // never used to connect (the driver adapter gets DATABASE_URL); a literal keeps `generate`
      // working when DATABASE_URL is unset, e.g. during `pnpm install`
      .replace(/url\s+= "file:[^"]*"/, 'url      = "postgresql://localhost:5432/jiangce"')
  );
}

function diff(fromSchema: string | undefined, toSchema: string): string {
  const prisma = path.join(root, "node_modules", ".bin", "prisma");
  const from = fromSchema ? ["--from-schema-datamodel", fromSchema] : ["--from-empty"];
  mkdirSync(path.join(root, "data"), { recursive: true });
  return execFileSync(
    prisma,
    ["migrate", "diff", ...from, "--to-schema-datamodel", toSchema, "--script"],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
}

function timestamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:TZ]/g, "")
    .slice(0, 14);
}

function main(command: string | undefined, name: string | undefined): void {
  const sqliteSchema = readFileSync(sqliteSchemaPath, "utf8");
  if (command === "sync") {
    writeFileSync(postgresSchemaPath, toPostgresSchema(sqliteSchema));
    return;
  }
  if (command === "check") {
    const problems: string[] = [];
    if (readFileSync(postgresSchemaPath, "utf8") !== toPostgresSchema(sqliteSchema)) {
      problems.push(
        "prisma/postgresql/schema.prisma is stale: run `pnpm --filter @jiangce/db schema:sync`",
      );
    }
    if (
      !existsSync(migratedSchemaPath) ||
      readFileSync(migratedSchemaPath, "utf8") !== sqliteSchema
    ) {
      problems.push(
        "schema.prisma changed since the last migration: run `pnpm --filter @jiangce/db migration <name>`",
      );
    }
    for (const problem of problems) console.error(problem);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  if (command === "migration" && name && /^[a-z0-9_]+$/.test(name)) {
    writeFileSync(postgresSchemaPath, toPostgresSchema(sqliteSchema));
    const previous = existsSync(migratedSchemaPath)
      ? readFileSync(migratedSchemaPath, "utf8")
      : undefined;
    const scratch = path.join(tmpdir(), `jiangce-schema-${process.pid}`);
    mkdirSync(scratch, { recursive: true });
    let previousSqlite: string | undefined;
    let previousPostgres: string | undefined;
    if (previous) {
      previousSqlite = path.join(scratch, "previous.prisma");
      previousPostgres = path.join(scratch, "previous-pg.prisma");
      writeFileSync(previousSqlite, previous);
      writeFileSync(previousPostgres, toPostgresSchema(previous));
    }
    const folder = `${timestamp()}_${name}`;
    const outputs: [string, string][] = [
      [path.join(root, "prisma", "migrations", folder), diff(previousSqlite, sqliteSchemaPath)],
      [
        path.join(root, "prisma", "postgresql", "migrations", folder),
        diff(previousPostgres, postgresSchemaPath),
      ],
    ];
    for (const [dir, sql] of outputs) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "migration.sql"), sql);
      console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
    }
    writeFileSync(migratedSchemaPath, sqliteSchema);
    return;
  }
  console.error("usage: tsx scripts/schema.ts sync | check | migration <snake_case_name>");
  process.exit(2);
}

main(process.argv[2], process.argv[3]);
