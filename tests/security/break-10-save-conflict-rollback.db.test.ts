import type { Db, Dialect } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Client,
  createUser,
  failureOf,
  freshDb,
  signedIn,
  stopPostgres,
  type TestDb,
} from "../api/support/harness.ts";
import { draftProgram, validDocument } from "../api/support/programs.ts";

/**
 * Break 10: saveDraft answered REVISION_CONFLICT by *returning* from its transaction after it had
 * already superseded the named snapshot and created the next version, so those writes committed
 * while the caller was told nothing was saved. A conflict found inside the transaction must roll
 * everything back.
 *
 * The race (another save moving the program's latest version between our read and our pointer
 * update) is made deterministic by a database wrapper that answers the guarded pointer update
 * the way the database does when another transaction got there first: zero rows.
 */
const D = "420112";
afterAll(() => stopPostgres());

type AnyFn = (...args: unknown[]) => unknown;

function bindAll<T extends object>(target: T, override: (key: PropertyKey) => unknown): T {
  return new Proxy(target, {
    get(object, key) {
      const replaced = override(key);
      if (replaced !== undefined) return replaced;
      const value = Reflect.get(object, key);
      return typeof value === "function" ? (value as AnyFn).bind(object) : value;
    },
  });
}

/** The database as seen by a save that loses the race for Program.latestVersionId. */
function losingTheRace(db: Db): Db {
  return bindAll(db, (key) => {
    if (key !== "$transaction") return undefined;
    return (fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
      (db.$transaction as AnyFn)(
        (tx: Db) =>
          fn(
            bindAll(tx, (txKey) =>
              txKey === "program"
                ? bindAll(tx.program, (method) =>
                    method === "updateMany"
                      ? async (args: { data?: { latestVersionId?: unknown } }) =>
                          args.data?.latestVersionId !== undefined
                            ? { count: 0 }
                            : tx.program.updateMany(args as never)
                      : undefined,
                  )
                : undefined,
            ),
          ),
        options,
      );
  });
}

describe.each(["sqlite", "postgresql"] as Dialect[])(
  "break 10 on %s: a save that ends in REVISION_CONFLICT writes nothing",
  (dialect) => {
    let t: TestDb;
    let drafter: Client;

    beforeAll(async () => {
      t = await freshDb(dialect);
      await createUser(t.db, "drafter", [[D, "drafter"]]);
      drafter = await signedIn(t.db, "drafter");
    });
    afterAll(() => t.close());

    it("continuing after a named snapshot rolls back when the latest pointer moved", async () => {
      const p = await draftProgram(drafter.api, D);
      const named = await drafter.api.version.nameSnapshot({
        versionId: p.versionId,
        revision: p.revision,
        name: "征求意见稿",
      });
      const auditBefore = await t.db.auditEntry.count({ where: { action: "version.save" } });

      const racing = new Client(losingTheRace(t.db));
      for (const [name, value] of drafter.cookies) racing.cookies.set(name, value);
      racing.csrfToken = drafter.csrfToken;
      const code = await failureOf(
        racing.api.version.save({
          programId: p.programId,
          baseVersionId: p.versionId,
          baseRevision: named.revision,
          document: validDocument(D, "工匠培育方案", "第二稿"),
        }),
      );
      expect(code).toBe("REVISION_CONFLICT");

      const versions = await t.db.programVersion.findMany({ where: { programId: p.programId } });
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ state: "draft", revision: named.revision });
      expect(await t.db.auditEntry.count({ where: { action: "version.save" } })).toBe(auditBefore);

      // with no race, the same save goes through
      const saved = await drafter.api.version.save({
        programId: p.programId,
        baseVersionId: p.versionId,
        baseRevision: named.revision,
        document: validDocument(D, "工匠培育方案", "第二稿"),
      });
      expect(saved).toMatchObject({ number: 2, created: true });
    });
  },
);
