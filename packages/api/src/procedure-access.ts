import type { Role, VersionState } from "@jiangce/db";

/**
 * Who may call a procedure, declared where the procedure is defined (`.meta({ access })`), so
 * "who may publish?" is answered by opening `routers/version/publish.ts`. The services enforce
 * it (services/access/access.ts); the authorisation matrix test (tests/api) calls every
 * procedure as every persona and compares the outcome with this declaration.
 *
 * Roles are held in the district the call concerns; an admin of a region above it counts as
 * its admin.
 */
export type Access =
  | { who: "anyone" }
  | { who: "signed-in" }
  | {
      who: "roles";
      roles: readonly Role[];
      /** when the roles depend on the version's state (return: in review vs approved) */
      byState?: Partial<Record<VersionState, readonly Role[]>>;
    };

export interface ProcedureMeta {
  access: Access;
}

export const anyone: ProcedureMeta = { access: { who: "anyone" } };
export const signedIn: ProcedureMeta = { access: { who: "signed-in" } };

export function rolesIn(
  roles: readonly Role[],
  byState?: Partial<Record<VersionState, readonly Role[]>>,
): ProcedureMeta {
  return { access: byState ? { who: "roles", roles, byState } : { who: "roles", roles } };
}

/** Any role in the district (or admin above it): reading the district's back office. */
export const districtMembers: ProcedureMeta = rolesIn([
  "drafter",
  "reviewer",
  "publisher",
  "admin",
]);
/** Admins of the district or of a region above it: accounts and memberships. */
export const districtAdmins: ProcedureMeta = rolesIn(["admin"]);
/** 免申即享 runs: the district's staff who work on programs; admins manage accounts, not rosters. */
export const rosterStaff: ProcedureMeta = rolesIn(["drafter", "reviewer", "publisher"]);
