import type { FactDeclaration } from "@jiangce/rule-schema";

/**
 * What an edit of a catalogue takes away from programs already written against it: facts
 * removed or retyped, values removed, and ordered levels whose relative order changed (a
 * condition "at least 市级" would then evaluate differently). Adding facts and values, or
 * relabelling them, takes nothing away.
 */
export interface CatalogueChanges {
  removedFacts: string[];
  removedValues: { fact: string; value: string }[];
  reorderedFacts: string[];
  /** facts whose type changed, or that switched between a new fact and an extension */
  retypedFacts: string[];
  /**
   * new facts: allowed, unless one clashes with a fact a program below declares itself (same
   * key, another type), which would make that program invalid
   */
  addedFacts: string[];
}

export function catalogueChanges(
  before: readonly FactDeclaration[],
  after: readonly FactDeclaration[],
): CatalogueChanges {
  const next = new Map(after.map((f) => [f.key, f]));
  const changes: CatalogueChanges = {
    removedFacts: [],
    removedValues: [],
    reorderedFacts: [],
    retypedFacts: [],
    addedFacts: [],
  };
  const previous = new Set(before.map((f) => f.key));
  for (const f of after) if (!previous.has(f.key)) changes.addedFacts.push(f.key);
  for (const old of before) {
    const now = next.get(old.key);
    if (!now) {
      changes.removedFacts.push(old.key);
      continue;
    }
    if (old.type !== now.type || old.extends !== now.extends) changes.retypedFacts.push(old.key);
    const kept = new Set((now.values ?? []).map((v) => v.value));
    for (const v of old.values ?? [])
      if (!kept.has(v.value)) changes.removedValues.push({ fact: old.key, value: v.value });
    if ((old.type ?? now.type) === "ordered") {
      // the levels both versions have must keep their relative order (new ones may go anywhere)
      const was = (old.values ?? []).map((v) => v.value).filter((v) => kept.has(v));
      const had = new Set(was);
      const is = (now.values ?? []).map((v) => v.value).filter((v) => had.has(v));
      if (was.some((v, i) => v !== is[i])) changes.reorderedFacts.push(old.key);
    }
  }
  return changes;
}

/** Whether frozen versions below must be checked before saving (see refuseIfInUse). */
export const needsUsageCheck = (c: CatalogueChanges) => takesAway(c) || c.addedFacts.length > 0;

export const takesAway = (c: CatalogueChanges) =>
  c.removedFacts.length + c.removedValues.length + c.reorderedFacts.length + c.retypedFacts.length >
  0;

/**
 * The fact keys a program document names anywhere (conditions and their refs, records,
 * amount bases, derivations, fact declarations extending them): a conservative reading of
 * "uses this fact" that needs no valid document. The keys it declares itself count too.
 */
export function factKeysNamed(document: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(document)) for (const item of document) factKeysNamed(item, into);
  else if (document !== null && typeof document === "object")
    for (const [key, value] of Object.entries(document)) {
      if (["fact", "max", "records"].includes(key) && typeof value === "string") into.add(value);
      else if (key === "facts" && Array.isArray(value))
        for (const d of value) {
          const declared = (d as { key?: unknown } | null)?.key;
          if (typeof declared === "string") into.add(declared);
          factKeysNamed(d, into);
        }
      else factKeysNamed(value, into);
    }
  return into;
}
