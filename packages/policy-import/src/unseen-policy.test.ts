import { describe, expect, it } from "vitest";
import { importPolicyText } from "./index.ts";
import type { Proposal } from "./types.ts";

// A district measure written for this test in the language of real 人才 policies (not a seed).
const text = `关于进一步加强高技能人才引进培育的若干措施
为深入实施人才强区战略，现制定如下措施。
一、加大引进力度
（一）对全职引进的中华技能大奖获得者、全国技术能手，分别给予100万元、50万元安家补贴，分5年发放。
（二）对新引进的高级技师、技师，3年内分别按每人每月3000元、2000元发放生活补贴。
（三）企业引进急需紧缺高技能人才的，按其年薪的20%给予企业引才奖励，每家企业每年最高不超过50万元。
二、强化培育支持
（四）对新建成的国家级、省级、市级技能大师工作室，分别给予50万元、20万元、10万元一次性资助；对已建成的工作室，每年给予运行经费5万元。
（五）企业开展新型学徒制培训的，按每人每年5000元的标准给予培训补贴，补贴期限原则上不超过2年。
（六）对取得高级工、技师、高级技师职业资格证书的职工，分别给予1000元、2000元、3000元的技能提升补贴，每人每年只能享受一次。
（七）对在世界技能大赛中获得金、银、铜牌的选手，分别给予一次性奖励50万元、30万元、20万元，对其指导教练按选手奖励的50%给予奖励。
（八）对获得省级技能大赛一、二、三等奖的选手，分别给予5000元、3000元、2000元奖励；同一选手同一年度获得多项奖励的，按最高奖项给予奖励，不重复享受。
三、优化服务保障
（九）高技能人才可按规定申请人才公寓，租住满3年的可按市场价的70%购买。
（十）高技能人才子女可在全区范围内优先选择公办学校就读。
（十一）本措施所需资金由区财政统筹安排，所在单位承担的部分从其职工教育经费中列支。
本措施自2024年1月1日起施行，有效期三年。本措施与我区其他政策同一事项重复的，按就高原则执行，不重复享受。`;

const result = importPolicyText(text, {
  issuer: { regionCode: "330102", level: "district", name: "某区" },
});
const benefits = (clauseId: string) =>
  result.proposals.filter(
    (p): p is Extract<Proposal, { kind: "benefit" }> =>
      p.kind === "benefit" && p.clauseId === clauseId,
  );
const tiers = (clauseId: string) =>
  benefits(clauseId)[0]?.value.tiers?.map((t) => [
    t.label,
    t.amount.kind === "fixed" ? t.amount.fen : t.amount.kind,
  ]);

describe("a policy text the rules were not written for", () => {
  it("names tiers after the people, medals and prizes listed", () => {
    expect(tiers("c1-1")).toEqual([
      ["中华技能大奖获得者", 100_000_000],
      ["全国技术能手", 50_000_000],
    ]);
    expect(tiers("c1-2")).toEqual([
      ["高级技师", 300_000],
      ["技师", 200_000],
    ]);
    expect(tiers("c2-6")?.map(([label]) => label)).toEqual(["高级工", "技师", "高级技师"]);
    expect(tiers("c2-7")?.map(([label]) => label)).toEqual(["金牌", "银牌", "铜牌"]);
    expect(tiers("c2-8")?.map(([label]) => label)).toEqual(["一等奖", "二等奖", "三等奖"]);
  });

  it("reads periods, rates, shares with a ceiling and who is paid", () => {
    expect(benefits("c1-2")[0]?.value.period).toBe("per-month");
    expect(benefits("c1-3")[0]?.value).toMatchObject({
      recipient: "employer",
      amount: { kind: "percent-of", percent: 20, cap: 50_000_000 },
    });
    expect(benefits("c2-4").map((b) => b.value.period)).toEqual(["once", "per-year"]);
    expect(benefits("c2-5")[0]?.value).toMatchObject({
      recipient: "employer",
      period: "per-year",
      amount: { kind: "per-unit", fenPerUnit: 500_000, unitLabel: "人" },
    });
    expect(benefits("c2-7")[1]?.value.amount).toMatchObject({ kind: "percent-of", percent: 50 });
  });

  it("does not take a 就高 rule for a grant, and reads the treatments and program rules", () => {
    expect(benefits("c2-8")).toHaveLength(1);
    const treatments = result.proposals.flatMap((p) =>
      p.kind === "treatment" ? [p.value.kind] : [],
    );
    expect(treatments).toEqual(["housing", "education"]);
    expect(result.program.validity).toMatchObject({
      effective: { from: "date", date: "2024-01-01" },
      expiry: { kind: "duration", years: 3 },
    });
    expect(result.program.precedence?.acrossPrograms).toBe("highest-then-newest");
    expect(result.validation.issues).toEqual([]);
  });
});
