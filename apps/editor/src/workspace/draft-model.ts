// The draft as the workspace edits it: a Program whose list fields are always present (drafts
// saved by older editors or the API may omit them), changed by immutable path updates.
import type { Clause, Program } from "@jiangce/rule-schema";

export type Path = ReadonlyArray<string | number>;

/** Fills the list fields zod would default, so controls never meet `undefined` lists. */
export function normalizeDraft(document: unknown): Program {
  const doc = { ...(document as Record<string, unknown>) } as Partial<Program>;
  doc.schemaVersion ??= 1;
  doc.assumptions ??= [];
  doc.precedence ??= {
    withinMatter: "highest",
    acrossPrograms: "none",
    higherLevelOverrides: false,
    matters: {},
  };
  doc.facts ??= [];
  doc.derivations ??= [];
  doc.targets ??= [];
  doc.basis ??= [];
  doc.annexes ??= [];
  doc.clauses = (doc.clauses ?? []).map((c) => ({
    ...c,
    sectionPath: c.sectionPath ?? [],
    responsibleUnits: c.responsibleUnits ?? [],
    benefits: c.benefits ?? [],
    treatments: c.treatments ?? [],
    targets: c.targets ?? [],
    tasks: c.tasks ?? [],
  }));
  return doc as Program;
}

/** A copy of `root` with `value` at `path`; `undefined` removes an object key. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const current = (root ?? (typeof head === "number" ? [] : {})) as Record<
    string | number,
    unknown
  >;
  const next = setIn(current[head], rest, value);
  if (Array.isArray(current)) {
    const copy = [...current];
    copy[head as number] = next;
    return copy as T;
  }
  const copy = { ...current };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A kebab-case id not yet used among `taken`: clause-3, benefit-2 … */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Every id the program's blocks use (clauses, benefits, tiers, treatments, targets). */
export function idsIn(program: Program): string[] {
  const ids: string[] = [];
  for (const c of program.clauses) {
    ids.push(c.id);
    for (const b of c.benefits) ids.push(b.id, ...(b.tiers ?? []).map((t) => t.id));
    for (const t of c.treatments) ids.push(t.id);
    for (const t of c.targets) ids.push(t.id);
  }
  for (const t of program.targets) ids.push(t.id);
  return ids;
}

export function newClause(
  program: Program,
  afterIndex?: number,
): { program: Program; clause: Clause } {
  const clause: Clause = {
    id: freshId(
      "clause",
      program.clauses.map((c) => c.id),
    ),
    citation: `${program.clauses.length + 1}.`,
    sectionPath: [],
    text: "",
    responsibleUnits: [],
    benefits: [],
    treatments: [],
    targets: [],
    tasks: [],
  };
  const clauses = [...program.clauses];
  clauses.splice(afterIndex === undefined ? clauses.length : afterIndex + 1, 0, clause);
  return { program: { ...program, clauses }, clause };
}

/** Moves clause `from` to position `to` (indices in the flat, document-ordered list). */
export function moveClause(program: Program, from: number, to: number): Program {
  const clauses = [...program.clauses];
  const [moved] = clauses.splice(from, 1);
  if (!moved) return program;
  clauses.splice(Math.max(0, Math.min(to, clauses.length)), 0, moved);
  return { ...program, clauses };
}
