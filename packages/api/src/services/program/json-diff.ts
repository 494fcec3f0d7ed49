/**
 * The paths where two JSON values differ, for the audit log's "what changed" (e.g.
 * "clauses.3.benefits.0.amount.fen"). Capped: a rewrite of everything is summarised, not listed.
 */
export function changedPaths(before: unknown, after: unknown, limit = 50): string[] {
  const out: string[] = [];
  walk(before, after, [], out, limit);
  return out;
}

function walk(a: unknown, b: unknown, path: string[], out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (Object.is(a, b)) return;
  const aObject = typeof a === "object" && a !== null;
  const bObject = typeof b === "object" && b !== null;
  if (!aObject || !bObject || Array.isArray(a) !== Array.isArray(b)) {
    out.push(path.join(".") || "(根)");
    return;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of [...keys].sort()) {
    walk(left[key], right[key], [...path, key], out, limit);
    if (out.length >= limit) return;
  }
}
