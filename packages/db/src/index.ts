export {
  type CreateDbOptions,
  createDb,
  type Db,
  type DbTransaction,
  type Dialect,
  defaultDatabaseFile,
  dialectOf,
  resolveDatabaseUrl,
} from "./client.ts";
export { canonicalJson, contentHash } from "./content-hash.ts";
export { isImmutableRecordError, isUniqueViolation } from "./errors.ts";
export type * from "./generated/prisma/client.ts";
export { Prisma } from "./generated/prisma/client.ts";
export {
  listMigrations,
  type MigrateResult,
  type Migration,
  MigrationChecksumError,
  migrate,
} from "./migrate.ts";
export * from "./vocabulary.ts";
