// Every inspector declares the program-schema paths its controls edit. A unit test walks the zod
// program schema and fails on a field no control declares, so a schema field added later cannot
// silently become uneditable. Paths: "clauses[].benefits[].amount.fen" ([] = any list item,
// {} = any record key); a condition is one field (the condition builder edits all of it).

const registry = new Set<string>();

/** Declares `prefix.field` for each field; returns them by field name for the controls. */
export function declareHandled<const F extends string>(
  prefix: string,
  fields: readonly F[],
): Record<F, string> {
  const out = {} as Record<F, string>;
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field}` : field;
    registry.add(path);
    out[field] = path;
  }
  return out;
}

export function handledPaths(): ReadonlySet<string> {
  return registry;
}
