// The calculator's answers live in the URL fragment (#answers=…): the browser never sends a
// fragment to the server, so a result can be shared in a chat and reopened without anything
// being stored anywhere.
import type { FieldValue, FormValues } from "@jiangce/form-model";

export interface Answers {
  kind: string;
  /** the calculation date, or null for today */
  asOf: string | null;
  values: FormValues;
  /** facts answered "none" / "no" (absent on purpose), in the order they were asked */
  answered: string[];
  /** the visitor asked for the whole form instead of one question at a time */
  all: boolean;
}

const PREFIX = "#answers=";

export const emptyAnswers = (kind: string): Answers => ({
  kind,
  asOf: null,
  values: {},
  answered: [],
  all: false,
});

export function encodeAnswers(a: Answers): string {
  const compact = {
    k: a.kind,
    d: a.asOf ?? undefined,
    v: a.values,
    n: a.answered,
    all: a.all || undefined,
  };
  return `${PREFIX}${encodeURIComponent(JSON.stringify(compact))}`;
}

const isValue = (v: unknown): v is FieldValue =>
  typeof v === "string" ||
  typeof v === "boolean" ||
  (Array.isArray(v) &&
    v.every(
      (x) =>
        typeof x === "string" ||
        (typeof x === "object" &&
          x !== null &&
          Object.values(x).every((y) => typeof y === "string" || typeof y === "boolean")),
    ));

/** A fragment someone edited or truncated reads as no answers, never as an error. */
export function decodeAnswers(hash: string): Answers | null {
  if (!hash.startsWith(PREFIX)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeURIComponent(hash.slice(PREFIX.length)));
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.k !== "string") return null;
  const values: FormValues = {};
  if (typeof r.v === "object" && r.v !== null)
    for (const [key, v] of Object.entries(r.v)) if (isValue(v)) values[key] = v;
  return {
    kind: r.k,
    asOf: typeof r.d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.d) ? r.d : null,
    values,
    answered: Array.isArray(r.n) ? r.n.filter((x): x is string => typeof x === "string") : [],
    all: r.all === true,
  };
}
