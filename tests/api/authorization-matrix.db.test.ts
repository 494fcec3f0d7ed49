import { type Access, appCodeOf, appRouter } from "@jiangce/api";
import type { Db, Role } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  Client,
  createUser,
  freshDb,
  PASSWORD,
  sessionFor,
  type TestDb,
} from "./support/harness.ts";
import { draftProgram } from "./support/programs.ts";
import { doneRun, rosterMapping, rosterUpload } from "./support/roster.ts";

/**
 * Every procedure × every persona × own district / other district / anonymous.
 * Personas hold one role in OWN (东西湖区); "province admin" is admin of 湖北省, above OWN.
 * OTHER is 衢州市 (another province), where no persona holds anything.
 * A cell "allow" must succeed outright (the scenario prepares what the call needs);
 * a cell "deny" must fail with FORBIDDEN, or UNAUTHENTICATED for anonymous, and write nothing.
 * The expected cell comes from the procedure's own declaration (`.meta({ access })` where it is
 * defined, see packages/api/src/procedure-access.ts): the test compares what each procedure
 * declares with what the services enforce.
 */
const OWN = "420112";
const OTHER = "330800";

type Persona = Role | "provinceAdmin";
const PERSONAS: readonly Persona[] = ["drafter", "reviewer", "publisher", "admin", "provinceAdmin"];
const MEMBERSHIP: Record<Persona, [string, Role]> = {
  drafter: [OWN, "drafter"],
  reviewer: [OWN, "reviewer"],
  publisher: [OWN, "publisher"],
  admin: [OWN, "admin"],
  provinceAdmin: ["420000", "admin"],
};

/** Who may call it: anyone; any signed-in user; or the personas allowed in their OWN district. */
type Rule = "public" | "signedIn" | readonly Persona[];

interface Cell {
  api: Caller;
  region: string;
  caller: Client;
}

let t: TestDb;
let operator: Client; // holds every working role in both districts: prepares fixtures
let serial = 0;
const next = () => (serial += 1);

async function inState(region: string, state: "draft" | "in_review" | "approved" | "published") {
  const p = await draftProgram(operator.api, region);
  let revision = p.revision;
  if (state === "draft") return { ...p, revision };
  revision = (await operator.api.version.submit({ versionId: p.versionId, revision })).revision;
  if (state === "in_review") return { ...p, revision };
  revision = (await operator.api.version.approve({ versionId: p.versionId, revision })).revision;
  if (state === "approved") return { ...p, revision };
  revision = (await operator.api.version.publish({ versionId: p.versionId, revision })).revision;
  return { ...p, revision };
}

async function targetUser(db: Db, region: string) {
  return createUser(db, `target-${next()}`, [[region, "drafter"]]);
}

/** One scenario per procedure (a procedure may have several, named "path@variant"). */
type VersionState = "in_review" | "approved";
const SCENARIOS: Record<string, { state?: VersionState; run: (c: Cell) => Promise<unknown> }> = {
  "health.check": { run: ({ api }) => api.health.check() },
  "auth.login": {
    run: async ({ api }) => {
      const user = await createUser(t.db, `login-${next()}`);
      return api.auth.login({ username: user.username, password: PASSWORD });
    },
  },
  "auth.logout": { run: ({ api }) => api.auth.logout() },
  "auth.me": { run: ({ api }) => api.auth.me() },
  "auth.changePassword": {
    run: ({ api }) =>
      api.auth.changePassword({ currentPassword: PASSWORD, newPassword: "another password" }),
  },
  "region.list": { run: ({ api }) => api.region.list() },
  "region.children": {
    run: ({ api, region }) => api.region.children({ code: region }),
  },
  "region.get": { run: ({ api, region }) => api.region.get({ code: region }) },
  "portal.listPrograms": {
    run: ({ api, region }) => api.portal.listPrograms({ regionCode: region }),
  },
  "portal.getProgram": {
    run: async ({ api, region }) => {
      const p = await inState(region, "published");
      return api.portal.getProgram({ programId: p.programId });
    },
  },
  "portal.listRegions": { run: ({ api }) => api.portal.listRegions() },
  "portal.getCatalogues": {
    run: ({ api, region }) => api.portal.getCatalogues({ regionCode: region }),
  },
  "catalogue.chain": {
    run: ({ api, region }) => api.catalogue.chain({ regionCode: region }),
  },
  "catalogue.save": {
    run: async ({ api, region }) => {
      const current = await t.db.regionalCatalogue.findUnique({ where: { regionCode: region } });
      return api.catalogue.save({
        regionCode: region,
        revision: current?.revision ?? 0,
        facts: [
          {
            key: "matrixHonour",
            label: "矩阵测试荣誉",
            extends: false,
            type: "set",
            values: [{ value: `honour-${next()}`, label: "矩阵测试荣誉" }],
          },
        ],
      });
    },
  },
  "portal.getSettings": {
    run: ({ api, region }) => api.portal.getSettings({ regionCode: region }),
  },
  "program.list": {
    run: ({ api, region }) => api.program.list({ regionCode: region }),
  },
  "program.get": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      return api.program.get({ programId: p.programId });
    },
  },
  "program.create": {
    run: ({ api, region }) =>
      api.program.create({ regionCode: region, slug: `new-${next()}`, title: "新方案" }),
  },
  "program.copy": {
    run: async ({ api, region }) => {
      // the copying district is the one the call concerns; the source is any published program
      const source = await inState(region, "published");
      return api.program.copy({
        regionCode: region,
        slug: `copy-${next()}`,
        title: "复制的方案",
        sourceProgramId: source.programId,
      });
    },
  },
  "program.saveBudgetAssumptions": {
    run: async ({ api, region }) => {
      const p = await inState(region, "in_review");
      return api.program.saveBudgetAssumptions({
        programId: p.programId,
        assumptions: { horizon: { fromYear: 2024, toYear: 2026 } },
      });
    },
  },
  "version.get": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      return api.version.get({ versionId: p.versionId });
    },
  },
  "version.compare": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      const named = await operator.api.version.nameSnapshot({
        versionId: p.versionId,
        revision: p.revision,
        name: "征求意见稿",
      });
      const next = await operator.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: named.revision,
        document: { title: "第二版" },
      });
      return api.version.compare({ fromVersionId: p.versionId, toVersionId: next.versionId });
    },
  },
  "version.review": {
    run: async ({ api, region }) => {
      const p = await inState(region, "published");
      return api.version.review({ fromVersionId: p.versionId, toVersionId: p.versionId });
    },
  },
  "version.exportDocx": {
    run: async ({ api, region }) => {
      const p = await inState(region, "published");
      return api.version.exportDocx({ kind: "official-document", versionId: p.versionId });
    },
  },
  "version.save": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      return api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: p.revision,
        document: { title: "改" },
      });
    },
  },
  "version.nameSnapshot": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      return api.version.nameSnapshot({
        versionId: p.versionId,
        revision: p.revision,
        name: "征求意见稿",
      });
    },
  },
  "version.submit": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      return api.version.submit({ versionId: p.versionId, revision: p.revision });
    },
  },
  "version.withdraw": {
    run: async ({ api, region }) => {
      const p = await inState(region, "in_review");
      return api.version.withdraw({ versionId: p.versionId, revision: p.revision });
    },
  },
  "version.return": {
    state: "in_review",
    run: async ({ api, region }) => {
      const p = await inState(region, "in_review");
      return api.version.return({ versionId: p.versionId, revision: p.revision, note: "请修改" });
    },
  },
  "version.return@approved": {
    state: "approved",
    run: async ({ api, region }) => {
      const p = await inState(region, "approved");
      return api.version.return({ versionId: p.versionId, revision: p.revision });
    },
  },
  "version.approve": {
    run: async ({ api, region }) => {
      const p = await inState(region, "in_review");
      return api.version.approve({ versionId: p.versionId, revision: p.revision });
    },
  },
  "version.publish": {
    run: async ({ api, region }) => {
      const p = await inState(region, "approved");
      return api.version.publish({ versionId: p.versionId, revision: p.revision });
    },
  },
  "version.expire": {
    run: async ({ api, region }) => {
      const p = await inState(region, "published");
      return api.version.expire({ versionId: p.versionId, revision: p.revision });
    },
  },
  "comment.list": {
    run: async ({ api, region }) => {
      const p = await inState(region, "draft");
      return api.comment.list({ versionId: p.versionId });
    },
  },
  "comment.add": {
    run: async ({ api, region }) => {
      const p = await inState(region, "in_review");
      return api.comment.add({ versionId: p.versionId, clauseId: "c1", body: "请核实金额" });
    },
  },
  "comment.resolve": {
    run: async ({ api, region }) => {
      const p = await inState(region, "in_review");
      const comment = await operator.api.comment.add({
        versionId: p.versionId,
        clauseId: "c2",
        body: "补充依据",
      });
      return api.comment.resolve({ commentId: comment.id });
    },
  },
  "audit.list": {
    run: ({ api, region }) => api.audit.list({ regionCode: region }),
  },
  "user.list": { run: ({ api, region }) => api.user.list({ regionCode: region }) },
  "user.create": {
    run: ({ api, region }) =>
      api.user.create({
        username: `new-user-${next()}`,
        displayName: "新用户",
        password: "initial password",
        regionCode: region,
        role: "drafter",
      }),
  },
  "user.setDisabled": {
    run: async ({ api, region }) => {
      const user = await targetUser(t.db, region);
      return api.user.setDisabled({ userId: user.id, disabled: true });
    },
  },
  "user.resetPassword": {
    run: async ({ api, region }) => {
      const user = await targetUser(t.db, region);
      return api.user.resetPassword({ userId: user.id, newPassword: "reset password" });
    },
  },
  "membership.grant": {
    run: async ({ api, region }) => {
      // a role-less account opened in that district (accounts belong to their home district)
      const user = await createUser(t.db, `grantee-${next()}`);
      await t.db.user.update({ where: { id: user.id }, data: { createdInRegionCode: region } });
      return api.membership.grant({ userId: user.id, regionCode: region, role: "reviewer" });
    },
  },
  "districtSettings.get": {
    run: ({ api, region }) => api.districtSettings.get({ regionCode: region }),
  },
  "districtSettings.update": {
    run: ({ api, region }) =>
      // the fixtures' relaxation (see beforeAll) stays as it is
      api.districtSettings.update({ regionCode: region, allowSelfApproval: true }),
  },
  "roster.start": {
    run: async ({ api, region }) => {
      const me = await api.auth.me();
      const uploadId = await rosterUpload(region, me?.user.id ?? "nobody");
      return api.roster.start({
        uploadId,
        regionCode: region,
        mapping: rosterMapping,
        asOf: "2024-06-01",
        saveMapping: false,
      });
    },
  },
  "roster.get": {
    run: async ({ api, region }) => api.roster.get({ runId: (await doneRun(t.db, region)).id }),
  },
  "roster.list": {
    run: ({ api, region }) => api.roster.list({ regionCode: region }),
  },
  "roster.cancel": {
    run: async ({ api, region }) =>
      api.roster.cancel({ runId: (await doneRun(t.db, region, "queued")).id }),
  },
  "roster.rows": {
    run: async ({ api, region }) => api.roster.rows({ runId: (await doneRun(t.db, region)).id }),
  },
  "roster.confirm": {
    run: async ({ api, region }) => api.roster.confirm({ runId: (await doneRun(t.db, region)).id }),
  },
  "roster.discard": {
    run: async ({ api, region }) => api.roster.discard({ runId: (await doneRun(t.db, region)).id }),
  },
  "roster.saveMapping": {
    run: ({ api, region }) =>
      api.roster.saveMapping({ regionCode: region, mapping: rosterMapping }),
  },
  "districtSettings.updatePortal": {
    run: ({ api, region }) =>
      api.districtSettings.updatePortal({ regionCode: region, notice: "矩阵测试公告" }),
  },
  "membership.revoke": {
    run: async ({ api, region }) => {
      const user = await targetUser(t.db, region);
      const membership = await t.db.membership.findFirstOrThrow({ where: { userId: user.id } });
      return api.membership.revoke({ membershipId: membership.id });
    },
  },
};

const procedures = (
  appRouter._def as unknown as {
    procedures: Record<string, { _def: { type: string; meta?: { access?: Access } } }>;
  }
).procedures;

/** The procedure's declared access as personas (an admin above OWN counts as its admin). */
function declared(path: string, state: VersionState | undefined): Rule {
  const access = procedures[path]?._def.meta?.access;
  if (access === undefined) throw new Error(`${path} declares no access`);
  if (access.who === "anyone") return "public";
  if (access.who === "signed-in") return "signedIn";
  const roles = (state === undefined ? undefined : access.byState?.[state]) ?? access.roles;
  return PERSONAS.filter((p) => roles.includes(p === "provinceAdmin" ? "admin" : p));
}

function expected(rule: Rule, persona: Persona | "anonymous", district: "own" | "other") {
  if (rule === "public") return "allow";
  if (persona === "anonymous") return "deny";
  if (rule === "signedIn") return "allow";
  return district === "own" && rule.includes(persona) ? "allow" : "deny";
}

beforeAll(async () => {
  t = await freshDb();
  const op = await createUser(t.db, "operator", [
    [OWN, "drafter"],
    [OWN, "reviewer"],
    [OWN, "publisher"],
    [OTHER, "drafter"],
    [OTHER, "reviewer"],
    [OTHER, "publisher"],
  ]);
  operator = await sessionFor(t.db, op.id);
  // The operator prepares fixtures alone (saves, approves and publishes the same version): both
  // districts relax separation of duties, as a small district may (see tests/security, break 9).
  for (const regionCode of [OWN, OTHER]) {
    await t.db.districtSettings.create({
      data: { regionCode, allowSelfApproval: true, allowSelfPublish: true },
    });
  }
});
afterAll(() => t.close());

describe("authorisation matrix", () => {
  it("every procedure declares who may call it", () => {
    const undeclared = Object.keys(procedures).filter((p) => !procedures[p]!._def.meta?.access);
    expect(undeclared).toEqual([]);
  });

  it("lists every procedure of appRouter, and nothing that does not exist", () => {
    const listed = new Set(Object.keys(SCENARIOS).map((key) => key.split("@")[0]!));
    const actual = Object.keys(procedures);
    expect(actual.filter((path) => !listed.has(path))).toEqual([]);
    expect([...listed].filter((path) => !actual.includes(path))).toEqual([]);
  });

  const cases = Object.entries(SCENARIOS).flatMap(([name, scenario]) =>
    (["anonymous", ...PERSONAS] as const).flatMap((persona) =>
      (persona === "anonymous" ? (["own"] as const) : (["own", "other"] as const)).map(
        (district) => ({ name, scenario, persona, district }),
      ),
    ),
  );

  it.each(cases)("$name × $persona × $district", async ({ name, scenario, persona, district }) => {
    const path = name.split("@")[0]!;
    const isMutation = procedures[path]?._def.type === "mutation";
    let caller: Client;
    if (persona === "anonymous") caller = new Client(t.db);
    else {
      const user = await createUser(t.db, `${persona}-${next()}`, [MEMBERSHIP[persona]]);
      caller = await sessionFor(t.db, user.id);
    }
    const region = district === "own" ? OWN : OTHER;
    const cell = { api: caller.api, region, caller };
    const want = expected(declared(path, scenario.state), persona, district);

    // Prepare fixtures first (inside run), then count audit entries around the call only.
    let auditBefore = -1;
    const counted: Cell = {
      ...cell,
      api: new Proxy(cell.api, {
        get(target, area) {
          const router = Reflect.get(target, area) as Record<string, unknown>;
          return new Proxy(router, {
            get(r, proc) {
              const fn = Reflect.get(r, proc) as (input?: unknown) => Promise<unknown>;
              return async (input?: unknown) => {
                auditBefore = await t.db.auditEntry.count({ where: { action: path } });
                return fn(input);
              };
            },
          });
        },
      }) as Caller,
    };

    let error: unknown;
    try {
      await scenario.run(counted);
    } catch (e) {
      error = e;
    }
    const auditAfter = await t.db.auditEntry.count({ where: { action: path } });
    if (want === "allow") {
      expect(error, `${name} should be allowed`).toBeUndefined();
      // every successful mutation leaves its audit entry
      if (isMutation) expect(auditAfter).toBeGreaterThan(auditBefore);
    } else {
      expect(appCodeOf(error)).toBe(persona === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      // a refused call writes nothing, not even an audit entry
      expect(auditAfter).toBe(auditBefore);
    }
  });
});
