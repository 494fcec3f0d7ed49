import { type ProgramInput, validateProgram } from "@jiangce/rule-schema";
import type {
  Decision,
  DraftValidation,
  FactInput,
  ImportResult,
  Proposal,
  ProposalValue,
} from "../types.ts";

type ClauseInput = NonNullable<ProgramInput["clauses"]>[number];
type Source = Pick<
  ImportResult,
  "text" | "proposals" | "clauses" | "preamble" | "closing" | "options"
>;

export interface ApplyOptions {
  /** what happens to proposals without a decision (default: accepted) */
  undecided?: "accept" | "reject";
  /** undecided proposals scoring below this are left out (the import's own draft uses 0.5) */
  minScore?: number;
}

/**
 * The draft program from the proposals the drafter accepted or edited. Rejected proposals
 * leave their words as clause text only. Proposals without a decision are accepted unless
 * `undecided: "reject"`. Check the result with `validateDraft`.
 */
export function applyProposals(
  result: Source,
  decisions: Readonly<Record<string, Decision>>,
  options: ApplyOptions = {},
): ProgramInput {
  const accepted: Proposal[] = [];
  for (const p of result.proposals) {
    const low = p.confidence.score < (options.minScore ?? 0);
    const d = decisions[p.id] ?? {
      action: options.undecided === "reject" || low ? "reject" : "accept",
    };
    if (d.action === "reject") continue;
    accepted.push(d.action === "edit" ? ({ ...p, value: d.value } as Proposal) : p);
  }
  const first = <K extends ProposalValue["kind"]>(kind: K) =>
    accepted.find((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
  const assumptions: { path: string; note: string }[] = [];

  const stage = first("stage")?.value;
  // a text without 征求意见稿/送审稿 on it is the issued document
  if (!stage) assumptions.push({ path: "stage", note: "原文未标注征求意见稿或送审稿，按正式稿" });
  const validity = first("validity")?.value;
  if (!validity)
    assumptions.push({
      path: "validity",
      note: "原文未写施行日期与有效期：暂按印发之日起施行、长期有效",
    });
  if (
    accepted.some(
      (p) =>
        p.kind === "benefit" && !p.value.conditions && !p.value.tiers?.some((t) => t.conditions),
    )
  )
    assumptions.push({
      path: "clauses",
      note: "导入时未读取领取条件：未补充条件的待遇对所有同类对象成立，请在发布前补充条件",
    });
  const precedence = accepted.flatMap((p) => (p.kind === "precedence" ? [p.value] : []));
  const basis = [...new Set(precedence.map((p) => p.basis).filter((b): b is string => !!b))];

  const facts = new Map<string, FactInput>();
  const byClause = new Map<string, Proposal[]>();
  for (const p of accepted)
    if (p.clauseId !== undefined) {
      const list = byClause.get(p.clauseId);
      if (list) list.push(p);
      else byClause.set(p.clauseId, [p]);
    }
  const clauses: ClauseInput[] = result.clauses.map((c) => {
    const mine = byClause.get(c.id) ?? [];
    const clause: ClauseInput = {
      id: c.id,
      citation: c.citation,
      ...(c.heading ? { heading: c.heading } : {}),
      sectionPath: c.sectionPath,
      text: result.text.slice(c.span.start, c.span.end),
      responsibleUnits: mine.find((p) => p.kind === "responsible-units")
        ?.value as ClauseInput["responsibleUnits"],
      benefits: [],
      treatments: [],
      targets: [],
    };
    if (!clause.responsibleUnits) clause.responsibleUnits = [];
    const holders: {
      start: number;
      quota?: unknown;
      set: (q: NonNullable<ClauseInput["benefits"]>[number]["quota"]) => void;
    }[] = [];
    for (const p of mine) {
      if (p.kind === "benefit") {
        const b = { ...p.value };
        clause.benefits?.push(b);
        for (const f of p.facts ?? []) facts.set(f.key, f);
        holders.push({
          start: p.span.start,
          set: (q) => {
            if (q) b.quota = q;
          },
        });
      } else if (p.kind === "treatment") {
        const t = { ...p.value };
        clause.treatments?.push(t);
        holders.push({
          start: p.span.start,
          set: (q) => {
            if (q) t.quota = q;
          },
        });
      } else if (p.kind === "target") clause.targets?.push(p.value);
      else if (p.kind === "deadline" && !clause.deadline) clause.deadline = p.value;
    }
    for (const q of mine) {
      if (q.kind !== "quota") continue;
      // a quota belongs to the benefit or treatment it follows (每2年评选一次…给予30万元)
      const holder = [...holders].reverse().find((h) => h.start <= q.span.start) ?? holders[0];
      holder?.set(q.value);
    }
    return clause;
  });

  const slice = (s?: { start: number; end: number }) =>
    s ? result.text.slice(s.start, s.end) : undefined;
  const preamble = slice(result.preamble);
  const closing = slice(result.closing);
  const program: ProgramInput = {
    id: result.options.id ?? "imported-program",
    title: first("title")?.value ?? "未命名方案（导入）",
    ...(first("document-number") ? { documentNumber: first("document-number")?.value } : {}),
    stage: stage ?? "final",
    issuer: result.options.issuer ?? { regionCode: "000000", level: "city", name: "" },
    validity: validity ?? { effective: { from: "issue" }, expiry: { kind: "open" } },
    assumptions,
    precedence: {
      withinMatter: precedence.find((p) => p.withinMatter)?.withinMatter ?? "highest",
      acrossPrograms: precedence.find((p) => p.acrossPrograms)?.acrossPrograms ?? "none",
      higherLevelOverrides: precedence.some((p) => p.higherLevelOverrides === true),
      matters: {},
      ...(basis.length > 0 ? { basis: basis.join("") } : {}),
    },
    facts: [...facts.values()],
    targets: accepted.flatMap((p) => (p.kind === "target" && !p.clauseId ? [p.value] : [])),
    ...(preamble ? { preamble } : {}),
    ...(closing ? { closing } : {}),
    clauses,
    annexes: accepted.flatMap((p) => (p.kind === "annex" ? [p.value] : [])),
  };
  return program;
}

/** The schema's own verdict on a draft, in its Chinese messages. */
export function validateDraft(program: ProgramInput): DraftValidation {
  const r = validateProgram(program);
  return { ok: r.ok, issues: r.issues.map((i) => ({ path: i.path, message: i.message })) };
}
