import type { Entitlement } from "./types.ts";

/**
 * The stable key of an entitlement, `programId/benefitId[/tierId]`: ties in precedence are
 * broken by it, `ExclusionView.excludedBy` names the winner by it, and the apps key their
 * cards by it.
 */
export function entitlementKey(e: Entitlement): string {
  return e.tier === null ? e.ref.key : `${e.ref.key}/${e.tier.id}`;
}
