import { describe, expect, it } from "vitest";
import { calledProcedures, MAX_BATCH_CALLS, onlyPortalReads } from "./called-procedures.ts";

const known = new Set(["auth.login", "auth.me", "portal.listRegions", "version.get"]);

// What fastify hands over as the path parameter: the raw path segment decoded once.
const param = (raw: string) => decodeURIComponent(raw);

describe("the procedures a request calls", () => {
  it("sees through encoded dots and commas, once or twice encoded", () => {
    const login = calledProcedures(param("auth%252Elogin"), false, known);
    expect(login).toEqual({ ok: true, called: { names: ["auth.login"], calls: 1, loginCalls: 1 } });

    const hidden = calledProcedures(
      param("portal.listRegions%2Cversion.get%2Cauth.me"),
      true,
      known,
    );
    expect(hidden.ok && hidden.called.names).toEqual([
      "portal.listRegions",
      "version.get",
      "auth.me",
    ]);
    expect(hidden.ok && onlyPortalReads(hidden.called)).toBe(false);

    const twice = calledProcedures(param("portal.listRegions%252Cauth.me"), true, known);
    expect(twice.ok && twice.called.names).toEqual(["portal.listRegions", "auth.me"]);
  });

  it("counts repeated calls but lists each procedure once", () => {
    const verdict = calledProcedures("auth.login,auth.login,auth.me", true, known);
    expect(verdict).toEqual({
      ok: true,
      called: { names: ["auth.login", "auth.me"], calls: 3, loginCalls: 2 },
    });
  });

  it("refuses unknown procedures, a comma outside a batch, bad escapes and oversized batches", () => {
    expect(calledProcedures("auth.nothing", false, known)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(calledProcedures("auth.login,auth.me", false, known)).toMatchObject({ ok: false });
    expect(calledProcedures("auth.%E0%A4%A", false, known)).toMatchObject({
      ok: false,
      status: 400,
    });
    const many = Array.from({ length: MAX_BATCH_CALLS + 1 }, () => "auth.me").join(",");
    expect(calledProcedures(many, true, known)).toMatchObject({ ok: false, status: 400 });
  });

  it("a portal-only request is one whose every call is a portal read", () => {
    const portal = calledProcedures("portal.listRegions,portal.listRegions", true, known);
    expect(portal.ok && onlyPortalReads(portal.called)).toBe(true);
  });
});
