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
export { isDatabaseRuleError, isImmutableRecordError, isUniqueViolation } from "./errors.ts";
export type * from "./generated/prisma/client.ts";
export { Prisma } from "./generated/prisma/client.ts";
export {
  listMigrations,
  type MigrateResult,
  type Migration,
  MigrationChecksumError,
  migrate,
} from "./migrate.ts";
export {
  LISTENER_APPLICATION_NAME,
  listenForNotifications,
  type NotificationHandlers,
  type NotificationListener,
  notify,
} from "./notifications.ts";
export { loadRegions, type RegionRow, type RegionSeedResult, seedRegions } from "./regions.ts";
export {
  DEMO_PASSWORD,
  type DemoAccount,
  formatDemoAccounts,
  SEED_REGION_CODES,
  type SeedOptions,
  type SeedResult,
  SYSTEM_USERNAME,
  seed,
} from "./seed.ts";
export {
  loadSeedProgramDocuments,
  type SeededProgram,
  type SeedProgramDocument,
} from "./seed-programs.ts";
export * from "./vocabulary.ts";
