import { describe, expect, it } from "vitest";
import type { Access } from "./procedure-access.ts";
import { appRouter } from "./root.ts";
import { rolesFor, TRANSITIONS, VERSION_ACTIONS } from "./services/program/lifecycle.ts";

const procedures = (
  appRouter._def as unknown as {
    procedures: Record<string, { _def: { meta?: { access?: Access } } }>;
  }
).procedures;

describe("declared access of the version transitions", () => {
  it.each(VERSION_ACTIONS)("version.%s declares the roles of the lifecycle table", (action) => {
    const access = procedures[`version.${action}`]?._def.meta?.access;
    expect(access?.who).toBe("roles");
    if (access?.who !== "roles") return;
    expect([...access.roles].sort()).toEqual(rolesFor(action).sort());
    const rows = TRANSITIONS.filter((t) => t.action === action);
    // where the roles differ by state, each state's declaration is the table's row
    if (new Set(rows.map((r) => [...r.roles].sort().join())).size > 1)
      for (const row of rows) expect(access.byState?.[row.from]).toEqual(row.roles);
  });
});
