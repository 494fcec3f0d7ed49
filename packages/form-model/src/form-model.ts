// The check form is generated from the fact catalogue in scope (national facts plus what the
// programs and regional catalogues covering the district declare), never written by hand.
import {
  amountFactKeys,
  benefitAmounts,
  conditionFactKeys,
  type FactField,
  type FactType,
  factsInScope,
  nationalFactsByKey,
  type Program,
  type RecipientKind,
  type RegionalCatalogue,
  recipientKindLabels,
  recipientKinds,
} from "@jiangce/rule-schema";
import { declaringSources } from "./sources.ts";
import { parseYuan } from "./yuan.ts";

export interface Option {
  value: string;
  label: string;
  /** who added the value: null for the national catalogue, else the issuer's name */
  source: string | null;
}

export interface FormField {
  key: string;
  label: string;
  type: FactType;
  options: Option[];
  fields: FactField[];
  unit: string | null;
  description: string | null;
  /** recipient kinds the catalogue says the fact describes (null: any) */
  appliesTo: string[] | null;
}

export interface FormGroup {
  /**
   * null: the national catalogue (基本情况); else the source declaring the facts, as the engine
   * names it (`ResolvedFact.origin`): a program id, or a regional catalogue ("catalogue:330800")
   */
  programId: string | null;
  title: string;
  fields: FormField[];
}

export type RecordRow = Record<string, string | boolean>;
export type FieldValue = string | boolean | string[] | RecordRow[];
export type FormValues = Record<string, FieldValue>;

// Facts of the profile envelope: the page sets them (kind chosen above, region from the URL).
const ENVELOPE = new Set(["recipientKind", "regionCode"]);

/** Every fact key a program reads: conditions of benefits, tiers, treatments, derivations; amounts. */
export function factsRead(programs: readonly Program[]): Set<string> {
  const keys = new Set<string>();
  for (const p of programs) {
    for (const d of p.derivations) conditionFactKeys(d.when, keys);
    for (const c of p.clauses) {
      for (const b of c.benefits) {
        conditionFactKeys(b.conditions, keys);
        for (const t of b.tiers ?? []) conditionFactKeys(t.conditions, keys);
        for (const a of benefitAmounts(b)) amountFactKeys(a, keys);
      }
      for (const t of c.treatments) conditionFactKeys(t.conditions, keys);
    }
  }
  return keys;
}

/** The recipient kinds some benefit or treatment of the programs is for, in catalogue order. */
export function recipientKindsOf(programs: readonly Program[]): RecipientKind[] {
  const used = new Set<string>();
  for (const p of programs)
    for (const c of p.clauses)
      for (const x of [...c.benefits, ...c.treatments])
        for (const k of Array.isArray(x.recipient) ? x.recipient : [x.recipient]) used.add(k);
  const kinds = recipientKinds.filter((k) => used.has(k));
  return kinds.length > 0 ? kinds : [...recipientKinds];
}

export const kindLabel = (kind: string) => recipientKindLabels[kind as RecipientKind] ?? kind;

/**
 * The form: national facts the programs read (基本情况), then each program's own facts under
 * its title. Values added by a program to a national set (武汉工匠 to 称号) name that program's
 * issuer. Facts without values to choose from are left out.
 */
export function buildForm(
  programs: readonly Program[],
  /** regional catalogues of the district and above (RegionalCatalogue): their facts are asked too */
  catalogues: readonly RegionalCatalogue[] = [],
): FormGroup[] {
  const sources = declaringSources(programs, catalogues);
  const scope = factsInScope(sources);
  const read = factsRead(programs);
  const sourceOf = new Map<string, string>(); // `${fact}/${value}` → issuer name
  for (const p of sources)
    for (const decl of p.facts)
      for (const v of decl.values ?? []) {
        const key = `${decl.key}/${v.value}`;
        if (
          !sourceOf.has(key) &&
          !nationalFactsByKey.get(decl.key)?.values?.some((n) => n.value === v.value)
        )
          sourceOf.set(key, p.issuer);
      }
  const appliesToOf = new Map<string, string[]>();
  for (const [key, decl] of nationalFactsByKey)
    if (decl.appliesTo) appliesToOf.set(key, decl.appliesTo);
  for (const p of sources)
    for (const decl of p.facts)
      if (!decl.extends && decl.appliesTo && !appliesToOf.has(decl.key))
        appliesToOf.set(decl.key, decl.appliesTo);
  const descriptionOf = new Map<string, string>();
  for (const p of sources)
    for (const decl of p.facts) if (decl.description) descriptionOf.set(decl.key, decl.description);

  const toField = (key: string): FormField | null => {
    const fact = scope.get(key);
    if (!fact) return null;
    const needsOptions = fact.type === "set" || fact.type === "enum" || fact.type === "ordered";
    if (needsOptions && fact.values.length === 0) return null;
    if (fact.type === "region") return null;
    return {
      key,
      label: fact.label,
      type: fact.type,
      options: fact.values.map((value) => ({
        value,
        label: fact.valueLabels.get(value) ?? value,
        source: sourceOf.get(`${key}/${value}`) ?? null,
      })),
      fields: [...fact.fields.values()],
      unit: fact.type === "money" ? "元" : (nationalFactsByKey.get(key)?.unit ?? null),
      description: fact.origin === "national" ? null : (descriptionOf.get(key) ?? null),
      appliesTo: appliesToOf.get(key) ?? null,
    };
  };

  const groups: FormGroup[] = [];
  const national = [...nationalFactsByKey.keys()]
    .filter((k) => !ENVELOPE.has(k) && read.has(k))
    .map(toField)
    .filter((f) => f !== null);
  if (national.length > 0) groups.push({ programId: null, title: "基本情况", fields: national });
  for (const p of sources) {
    const own = p.facts
      // a catalogue's facts are asked only when a program reads them
      .filter((d) => !d.extends && scope.get(d.key)?.origin === p.id)
      .filter((d) => !p.catalogue || read.has(d.key))
      .map((d) => toField(d.key))
      .filter((f) => f !== null);
    if (own.length > 0) groups.push({ programId: p.programId, title: p.title, fields: own });
  }
  return groups;
}

/** The fields shown for a recipient kind: those the catalogue says describe it, or say nothing. */
export function fieldsFor(group: FormGroup, kind: string): FormField[] {
  return group.fields.filter((f) => f.appliesTo === null || f.appliesTo.includes(kind));
}

/** Money facts and fields: the catalogue labels them in 分; people type 元. */
export function moneyLabel(label: string): string {
  return label.replace(/（分）$/, "").replace(/[，,]\s*分）$/, "）");
}

export interface FormIssue {
  key: string;
  message: string;
}

function parseScalar(
  type: FactType | FactField["type"],
  raw: FieldValue | undefined,
): { value: unknown } | { message: string } | null {
  if (raw === undefined) return null;
  if (type === "boolean") return typeof raw === "boolean" ? { value: raw } : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (text === "") return null;
  switch (type) {
    case "money": {
      const r = parseYuan(text);
      if (!r.ok) return { message: r.message };
      return r.fen === null ? null : { value: r.fen };
    }
    case "number": {
      if (!/^\d+(\.\d+)?$/.test(text)) return { message: "请输入不小于 0 的数字" };
      return { value: Number(text) };
    }
    default:
      return { value: text };
  }
}

/**
 * The applicant profile of the filled form (only the fields shown). Empty fields are left out:
 * a fact that is absent satisfies no comparison. An unticked box is not a claim: left out too.
 */
export function profileFromForm(
  fields: readonly FormField[],
  values: FormValues,
  envelope: { id: string; kind: string; regionCode: string },
): {
  profile: { id: string; kind: string; regionCode: string; facts: Record<string, unknown> };
  issues: FormIssue[];
} {
  const facts: Record<string, unknown> = {};
  const issues: FormIssue[] = [];
  for (const field of fields) {
    const raw = values[field.key];
    if (field.type === "set") {
      if (Array.isArray(raw) && raw.length > 0) facts[field.key] = [...(raw as string[])];
      continue;
    }
    if (field.type === "boolean") {
      if (raw === true) facts[field.key] = true;
      continue;
    }
    if (field.type === "records") {
      const rows: Record<string, unknown>[] = [];
      ((Array.isArray(raw) ? raw : []) as RecordRow[]).forEach((row, index) => {
        const record: Record<string, unknown> = {};
        for (const f of field.fields) {
          const parsed = parseScalar(f.type, row[f.key]);
          if (parsed === null) continue;
          if ("message" in parsed)
            issues.push({
              key: `${field.key}.${index}.${f.key}`,
              message: `第${index + 1}项${moneyLabel(f.label)}：${parsed.message}`,
            });
          else if (!(f.type === "boolean" && parsed.value === false)) record[f.key] = parsed.value;
        }
        if (Object.keys(record).length > 0) rows.push(record);
      });
      if (rows.length > 0) facts[field.key] = rows;
      continue;
    }
    const parsed = parseScalar(field.type, raw);
    if (parsed === null) continue;
    if ("message" in parsed)
      issues.push({ key: field.key, message: `${moneyLabel(field.label)}：${parsed.message}` });
    else facts[field.key] = parsed.value;
  }
  return { profile: { ...envelope, facts }, issues };
}
