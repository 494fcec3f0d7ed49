import type { Clause, ResolvedFact } from "@jiangce/rule-schema";
import { benefitListChanges, pairById } from "./benefit-changes.ts";
import { same } from "./canonical.ts";
import type { StructuredChange } from "./types.ts";

type Scope = ReadonlyMap<string, ResolvedFact>;

export function dateChange(
  kind: "deadline" | "validity",
  subject: string,
  before: string | null,
  after: string | null,
): StructuredChange[] {
  if (before === after) return [];
  const text = (d: string | null) => (d === null ? "长期有效" : `至${d}`);
  // an open end (null) is later than any date
  const extended = after === null || (before !== null && after > before);
  return [
    {
      kind,
      extended,
      sentence: `${subject} ${text(before)} → ${text(after)}（${extended ? "延长" : "缩短"}）`,
    },
  ];
}

function unitChanges(before: Clause, after: Clause): StructuredChange[] {
  const names = (c: Clause) => new Set((c.responsibleUnits ?? []).map((u) => u.name));
  const a = names(before);
  const b = names(after);
  const out: StructuredChange[] = [];
  for (const n of a)
    if (!b.has(n)) out.push({ kind: "unit-removed", sentence: `责任单位删除“${n}”` });
  for (const n of b)
    if (!a.has(n)) out.push({ kind: "unit-added", sentence: `责任单位新增“${n}”` });
  return out;
}

function treatmentChanges(before: Clause, after: Clause): StructuredChange[] {
  const out: StructuredChange[] = [];
  for (const p of pairById(before.treatments ?? [], after.treatments ?? [])) {
    if (p.before && p.after) {
      if (!same(p.before, p.after))
        out.push({
          kind: "treatment-changed",
          sentence:
            p.before.label === p.after.label
              ? `待遇“${p.after.label}”的内容或条件修改`
              : `待遇 “${p.before.label}” → “${p.after.label}”`,
        });
    } else if (p.after)
      out.push({ kind: "treatment-added", sentence: `新增待遇“${p.after.label}”` });
    else if (p.before)
      out.push({ kind: "treatment-removed", sentence: `删除待遇“${p.before.label}”` });
  }
  return out;
}

/** Every structured change inside one clause kept across the two versions. */
export function clauseChanges(scope: Scope, before: Clause, after: Clause): StructuredChange[] {
  return [
    ...benefitListChanges(scope, before.benefits ?? [], after.benefits ?? []),
    ...treatmentChanges(before, after),
    ...dateChange("deadline", "条款期限", before.deadline ?? null, after.deadline ?? null),
    ...unitChanges(before, after),
  ];
}

/** Fields that change on renumbering alone and so never make a clause "changed". */
export function withoutNumbering(c: Clause): unknown {
  const { citation: _citation, sectionPath: _sectionPath, id: _id, ...rest } = c;
  return { ...rest, text: c.text.replace(/\s+/g, "") };
}
