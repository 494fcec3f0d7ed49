import { describe, expect, it } from "vitest";
import {
  applyProposals,
  decideAll,
  groupByClause,
  importPolicyText,
  validateDraft,
} from "./index.ts";

// An invented district measure in the style of real ones: 第X条 numbering, a document number,
// an addressee line, money in several forms, a quota, precedence and validity.
const text = `某区人力资源和社会保障局文件
某人社发〔2024〕15号
关于印发某区高技能人才激励办法的通知
各街道、各有关单位：
为加快高技能人才队伍建设，结合我区实际，制定本办法。
第一条 对新获评“某区首席技师”的，给予一次性奖励2万元。“某区首席技师”每2年评选一次，每次10名左右。
第二条 对取得技师、高级技师职业资格的企业职工，分别给予每人每年3000元、5000元的岗位津贴。（责任单位：区人社局、区财政局）
第三条 对经认定的技能大师工作室，给予最高20万元建设经费资助；所在单位按1:1比例给予配套。
第四条 对获评省级以上技能大师的，可直接认定为高级技师，并优先推荐申报劳动模范。
第五条 本办法与上级政策同一事项不一致的，按照就高、不重复享受原则执行。
第六条 本办法自2024年7月1日起施行，有效期至2026年12月31日。`;

const issuer = { regionCode: "330102", level: "district" as const, name: "某区" };

describe("importing a policy text", () => {
  const result = importPolicyText(text, { id: "some-district-skills", issuer });

  it("reads the header: title, document number and no stage marker", () => {
    const kinds = result.proposals.filter((p) => !p.clauseId).map((p) => p.kind);
    expect(kinds).toContain("document-number");
    expect(result.program.documentNumber).toBe("某人社发〔2024〕15号");
    expect(result.program.title).toContain("某区人力资源和社会保障局文件");
  });

  it("numbers clauses by 第X条 and reads the money of each", () => {
    expect(result.clauses.map((c) => c.citation)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
      "第六条",
    ]);
    const benefits = result.proposals.filter((p) => p.kind === "benefit");
    const first = benefits.find((p) => p.clauseId === "c1");
    expect(first?.value).toMatchObject({
      amount: { kind: "fixed", fen: 2_000_000 },
      period: "once",
    });
    const allowance = benefits.find((p) => p.clauseId === "c2");
    expect(allowance?.value).toMatchObject({ period: "per-year", recipient: "person" });
    expect(allowance?.kind === "benefit" && allowance.value.tiers?.map((t) => t.label)).toEqual([
      "技师",
      "高级技师",
    ]);
    const studio = benefits.filter((p) => p.clauseId === "c3");
    expect(studio.map((p) => p.kind === "benefit" && p.value.amount?.kind)).toEqual([
      "fixed",
      "matching",
    ]);
  });

  it("attaches the quota, the responsible units, treatments, precedence and validity", () => {
    const c1 = result.program.clauses?.find((c) => c.id === "c1");
    expect(c1?.benefits?.[0]?.quota).toEqual({ count: 10, approximate: true, cycleYears: 2 });
    const c2 = result.program.clauses?.find((c) => c.id === "c2");
    expect(c2?.responsibleUnits).toEqual([
      { name: "区人社局", role: "lead" },
      { name: "区财政局", role: "support" },
    ]);
    const c4 = result.program.clauses?.find((c) => c.id === "c4");
    expect(c4?.treatments?.map((t) => t.kind)).toEqual(["direct-recognition"]);
    expect(result.program.validity).toMatchObject({
      effective: { from: "date", date: "2024-07-01" },
      expiry: { kind: "last-day", date: "2026-12-31" },
    });
    expect(result.program.precedence?.withinMatter).toBe("highest");
  });

  it("gives a draft that validates when the issuer is known, and says why when not", () => {
    expect(result.validation).toEqual({ ok: true, issues: [] });
    const anonymous = importPolicyText(text);
    expect(anonymous.validation.ok).toBe(false);
    expect(anonymous.validation.issues.map((i) => i.path)).toContain("issuer.name");
  });

  it("groups proposals by clause, program-level first", () => {
    const groups = groupByClause(result);
    expect(groups[0]?.clause).toBeUndefined();
    expect(groups.slice(1).map((g) => g.clause?.citation)).toEqual([
      "第一条",
      "第二条",
      "第三条",
      "第四条",
      "第五条",
      "第六条",
    ]);
  });

  it("applies the drafter's decisions: reject, edit, accept", () => {
    const award = result.proposals.find((p) => p.kind === "benefit" && p.clauseId === "c1");
    const matching = result.proposals.find(
      (p) => p.kind === "benefit" && p.value.amount?.kind === "matching",
    );
    if (award?.kind !== "benefit" || matching?.kind !== "benefit")
      throw new Error("fixture not read");
    const program = applyProposals(result, {
      [matching.id]: { action: "reject" },
      [award.id]: {
        action: "edit",
        value: { ...award.value, amount: { kind: "fixed", fen: 3_000_000 } },
      },
    });
    expect(validateDraft(program).ok).toBe(true);
    const c1 = program.clauses?.find((c) => c.id === "c1");
    expect(c1?.benefits?.[0]?.amount).toEqual({ kind: "fixed", fen: 3_000_000 });
    const c3 = program.clauses?.find((c) => c.id === "c3");
    expect(c3?.benefits?.map((b) => b.amount?.kind)).toEqual(["fixed"]);
    expect(program.facts?.some((f) => f.key === matching.value.id)).toBe(false);
    const noTreatments = applyProposals(
      result,
      decideAll(result.proposals, "treatment", { action: "reject" }),
    );
    expect(noTreatments.clauses?.flatMap((c) => c.treatments ?? [])).toEqual([]);
    expect(noTreatments.clauses?.flatMap((c) => c.benefits ?? []).length).toBeGreaterThan(0);
    const nothing = applyProposals(result, {}, { undecided: "reject" });
    expect(nothing.clauses?.flatMap((c) => c.benefits ?? [])).toEqual([]);
  });

  it("points every proposal at the words it read", () => {
    for (const p of result.proposals) {
      expect(p.span.end).toBeGreaterThan(p.span.start);
      expect(text.slice(p.span.start, p.span.end).trim().length).toBeGreaterThan(0);
    }
  });
});
