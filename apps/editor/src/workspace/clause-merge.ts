// A stale save: the server holds someone else's newer version. We compare, clause by clause,
// what was loaded (base), what I have (mine) and what the server has (theirs): what only one side
// changed is taken from that side; what both changed is the drafter's choice. Nothing typed is
// dropped silently: every unit the other person changed is listed with both texts.

type Doc = Record<string, unknown>;
interface ClauseLike {
  id: string;
  citation?: string;
  heading?: string;
  text?: string;
}

export const PROGRAM_UNIT = "__program";

export type Choice = "mine" | "theirs";

export interface UnitChange {
  /** clause id, or PROGRAM_UNIT for everything outside the clauses */
  key: string;
  label: string;
  mine: unknown;
  theirs: unknown;
  changedByMe: boolean;
  changedByThem: boolean;
  /** what is taken unless the drafter says otherwise */
  proposed: Choice;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function clausesOf(doc: Doc | undefined): ClauseLike[] {
  return Array.isArray(doc?.clauses) ? (doc.clauses as ClauseLike[]) : [];
}

function outside(doc: Doc | undefined): Doc | undefined {
  if (!doc) return undefined;
  const { clauses: _clauses, ...rest } = doc;
  return rest;
}

function label(c: ClauseLike | undefined, fallback: string): string {
  if (!c) return fallback;
  return [c.citation, c.heading].filter(Boolean).join(" ") || c.id;
}

/** Every unit whose mine and theirs differ, with who changed it since base. */
export function unitChanges(base: Doc | undefined, mine: Doc, theirs: Doc): UnitChange[] {
  const out: UnitChange[] = [];
  const add = (key: string, name: string, b: unknown, m: unknown, t: unknown) => {
    if (same(m, t)) return;
    const changedByMe = !same(m, b);
    const changedByThem = !same(t, b);
    out.push({
      key,
      label: name,
      mine: m,
      theirs: t,
      changedByMe,
      changedByThem,
      proposed: changedByMe ? "mine" : "theirs",
    });
  };
  add(
    PROGRAM_UNIT,
    "方案信息（标题、发文机关、有效期、优先规则等）",
    outside(base),
    outside(mine),
    outside(theirs),
  );
  const byId = (doc: Doc | undefined) => new Map(clausesOf(doc).map((c) => [c.id, c]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = [...new Set([...m.keys(), ...t.keys()])];
  for (const id of ids) add(id, label(m.get(id) ?? t.get(id), id), b.get(id), m.get(id), t.get(id));
  return out;
}

/**
 * The merged document: each listed unit from the chosen side (a clause absent on that side is
 * left out), the rest as both sides agree. Clause order follows mine, with clauses only the
 * other side has placed after the clause that precedes them there.
 */
export function mergeDocuments(
  base: Doc | undefined,
  mine: Doc,
  theirs: Doc,
  choices: Readonly<Record<string, Choice>> = {},
): Doc {
  const changes = new Map(unitChanges(base, mine, theirs).map((c) => [c.key, c]));
  const pick = (key: string): Choice => choices[key] ?? changes.get(key)?.proposed ?? "mine";
  const programSide = pick(PROGRAM_UNIT) === "mine" ? mine : theirs;
  const mineById = new Map(clausesOf(mine).map((c) => [c.id, c]));
  const theirsById = new Map(clausesOf(theirs).map((c) => [c.id, c]));

  const order = clausesOf(mine).map((c) => c.id);
  clausesOf(theirs).forEach((c, i, list) => {
    if (order.includes(c.id)) return;
    const before = list[i - 1]?.id;
    const at = before === undefined ? 0 : order.indexOf(before) + 1;
    order.splice(at, 0, c.id);
  });
  const clauses = order.flatMap((id) => {
    const chosen = pick(id) === "mine" ? mineById.get(id) : theirsById.get(id);
    return chosen ? [chosen] : [];
  });
  return { ...outside(programSide), clauses };
}
