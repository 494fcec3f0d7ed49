import { describe, expect, it } from "vitest";
import { readBenefits } from "./read-benefit.ts";

function read(text: string) {
  let n = 0;
  return readBenefits({ start: 0, end: text.length, text }, () => `b${++n}`);
}
const only = (text: string) => {
  const { readings } = read(text);
  expect(readings).toHaveLength(1);
  return (readings[0] as (typeof readings)[number]).benefit;
};

// Sentences in the style of policy texts the importer has not seen (not from the seeds).
describe("money benefits in sentences the importer has not seen", () => {
  it("reads a one-time award with its recipient", () => {
    const b = only("对新获评“全国技术能手”的，给予一次性奖励5万元。");
    expect(b).toMatchObject({
      amount: { kind: "fixed", fen: 5_000_000 },
      recipient: "person",
      period: "once",
    });
  });
  it("reads a monthly allowance per person", () => {
    const b = only("对全职引进的首席技师，按每人每月2000元标准发放岗位津贴，最长发放3年。");
    expect(b).toMatchObject({
      amount: { kind: "fixed", fen: 200_000 },
      period: "per-month",
      recipient: "person",
    });
  });
  it("reads tiers written with 分别 and names them", () => {
    const b = only(
      "对获评国家级、省级、市级技能大师工作室的，分别给予30万元、10万元、5万元建设经费资助。",
    );
    expect(b.tiers?.map((t) => [t.label, t.amount])).toEqual([
      ["国家级", { kind: "fixed", fen: 30_000_000 }],
      ["省级", { kind: "fixed", fen: 10_000_000 }],
      ["市级技能大师工作室", { kind: "fixed", fen: 5_000_000 }],
    ]);
    expect(b.recipient).toBe("organisation");
  });
  it("reads a per-unit rate paid to an employer with a cap", () => {
    const b = only(
      "企业招用毕业年度高校毕业生的，按每人1000元给予企业一次性吸纳就业补贴，每家企业最高不超过10万元。",
    );
    expect(b).toMatchObject({
      recipient: "employer",
      amount: { kind: "per-unit", fenPerUnit: 100_000, cap: 10_000_000 },
    });
  });
  it("reads a ceiling as a ceiling, never as a guaranteed sum", () => {
    const b = only("经认定的技能人才创新项目，给予最高50万元的项目资助。");
    expect(b.amount).toEqual({ kind: "fixed", fen: 50_000_000, upTo: true });
  });
  it("reads matching and uplift against a base it does not invent", () => {
    const matching = read("对获得省级技能大赛奖励的选手，市财政按1:0.5比例给予配套奖励。")
      .readings[0]?.benefit;
    expect(matching?.amount).toMatchObject({ kind: "matching", ratio: 0.5 });
    const uplift = only("对紧缺职业（工种）的培训补贴标准上浮20%。");
    expect(uplift.amount).toMatchObject({ kind: "uplift", percent: 20 });
  });
  it("reads an employer as the payer", () => {
    const b = only("“首席技师”津贴由所在单位按每人每年1.2万元的标准发放。");
    expect(b).toMatchObject({
      payer: "employer",
      period: "per-year",
      amount: { kind: "fixed", fen: 1_200_000 },
    });
  });
  it("keeps a grant without a figure as unspecified and says so", () => {
    const { readings } = read(
      "对取得高级工以上职业资格证书的高校毕业生，按规定给予职业技能鉴定补贴。",
    );
    expect(readings[0]?.benefit.amount).toEqual({
      kind: "unspecified",
      note: "原文未写金额（按规定）",
    });
    expect(readings[0]?.confidence.score).toBeLessThan(0.6);
  });
  it("reports a range and an impossible amount instead of guessing", () => {
    const range = read("根据评估结果给予3万至5万元奖励。");
    expect(range.readings).toHaveLength(0);
    expect(range.unread.map((u) => u.reason)).toContain("金额为区间，请人工确定标准");
    const huge = read(`给予${"9".repeat(40)}元奖励。`);
    expect(huge.readings).toHaveLength(0);
    expect(huge.unread).toHaveLength(1);
  });
  it("does not take targets, ratios or counts for money", () => {
    expect(
      read("到2025年，全市新增高技能人才5万人，技能人才占从业人员比例达到30%。").readings,
    ).toEqual([]);
    expect(read("鼓励企业按照职工工资总额的8%提取职工教育经费。").readings).toEqual([]);
  });
  it("reads rates written per month or per day and a percent of what was paid", () => {
    const monthly = only(
      "对来我市就业的全日制博士研究生，给予3000元/月的生活补贴，最长发放36个月。",
    );
    expect(monthly).toMatchObject({
      period: "per-month",
      amount: { kind: "fixed", fen: 300_000 },
      recipient: "person",
    });
    const daily = only("对参加项目制培训的农民工，按每人每天50元给予生活费补助。");
    expect(daily.amount).toMatchObject({ kind: "per-unit", fenPerUnit: 5_000, unitLabel: "天" });
    const share = only("对招用就业困难人员的小微企业，按其实际缴纳社会保险费的50%给予补贴。");
    expect(share).toMatchObject({
      recipient: "employer",
      amount: { kind: "percent-of", percent: 50 },
    });
  });
  it("reads two grants in one sentence, an increment per head and a share up to a ceiling", () => {
    const two = read(
      "对首次创业的高校毕业生给予5000元一次性创业补贴，对带动就业的创业实体给予2万元奖励。",
    ).readings;
    expect(two.map((r) => [r.benefit.recipient, r.benefit.amount])).toEqual([
      ["person", { kind: "fixed", fen: 500_000 }],
      ["employer", { kind: "fixed", fen: 2_000_000 }],
    ]);
    const increment = only("带动就业3人以上的，每增加1人给予2000元补贴，最高不超过2万元。");
    expect(increment.amount).toMatchObject({
      kind: "per-unit",
      fenPerUnit: 200_000,
      unitLabel: "人",
      cap: 2_000_000,
    });
    const share = only("对企业技术改造项目，按不超过实际投入的30%给予补助，最高200万元。");
    expect(share.amount).toMatchObject({
      kind: "percent-of",
      percent: 30,
      upTo: true,
      cap: 200_000_000,
    });
  });
  it("reads Chinese numerals and monthly rates per person", () => {
    expect(only("给予每人二十万元安家补贴，分三年发放。").amount).toEqual({
      kind: "fixed",
      fen: 20_000_000,
    });
    expect(only("见习期间按800元/人·月的标准给予见习单位补贴。")).toMatchObject({
      period: "per-month",
      amount: { kind: "per-unit", fenPerUnit: 80_000 },
    });
  });
  it("reads grants by existing rules (按规定…, 落实…补贴) and not reforms of a subsidy", () => {
    const pay = only("允许科研院所聘用单位按规定支付兼职技能人才相应的劳务报酬。");
    expect(pay).toMatchObject({
      recipient: "person",
      payer: "employer",
      amount: { kind: "unspecified" },
    });
    expect(only("落实企业职工岗位技能提升培训补贴政策。").amount?.kind).toBe("unspecified");
    expect(read("完善职业技能培训补贴机制，适时调整补贴标准。").readings).toEqual([]);
  });
  it("names tiers from the list, not from the verb before the amounts", () => {
    const b = only(
      "对被列入国家级和省级高技能人才公共实训基地建设项目的，分别给予50万元和20万元的经费补助。",
    );
    expect(b.tiers?.map((t) => t.label)).toEqual(["国家级", "省级高技能人才公共实训基地建设项目"]);
  });
});
