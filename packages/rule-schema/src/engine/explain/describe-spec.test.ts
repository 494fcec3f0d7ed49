import { describe, expect, it } from "vitest";
import type { Benefit } from "../../schema/benefit.ts";
import {
  describeBenefitTerms,
  describeGrant,
  describeTreatment,
  formatAmountSpec,
} from "./describe-spec.ts";

const WAN = 1_000_000;

describe("sentences read from a program's data", () => {
  it("says every kind of amount in Chinese", () => {
    expect(formatAmountSpec({ kind: "fixed", fen: 10 * WAN })).toBe("10万元");
    expect(
      formatAmountSpec({
        kind: "per-unit",
        fenPerUnit: 300_000,
        unitLabel: "生",
        count: { fact: "n" },
      }),
    ).toBe("每生3000元");
    expect(
      formatAmountSpec({ kind: "matching", ratio: 1, of: { fact: "awardFen" }, cap: 5 * WAN }),
    ).toBe("按申请人提供的金额（awardFen）1:1配套，最高不超过5万元");
    expect(formatAmountSpec({ kind: "uplift", percent: 30, of: { fen: 3 * WAN } })).toBe(
      "在标准3万元基础上上浮30%",
    );
    expect(formatAmountSpec({ kind: "percent-of", percent: 200, of: { matter: "m" } })).toBe(
      "按“m”事项已获奖励的200%",
    );
    expect(formatAmountSpec({ kind: "fixed", fen: 2 * WAN, upTo: true })).toBe("最高2万元");
    expect(formatAmountSpec({ kind: "unspecified" })).toBe("金额按规定（原文未定）");
  });

  it("writes a tier as the granting sentence: 给予一次性奖励10万元（衢州大工匠，共10名左右）", () => {
    const benefit: Benefit = {
      id: "b",
      matter: "m",
      label: "奖励",
      recipient: "person",
      payer: "government",
      period: "once",
      tiers: [
        {
          id: "grand",
          label: "衢州大工匠",
          amount: { kind: "fixed", fen: 10 * WAN },
          quota: { count: 10, approximate: true },
        },
      ],
    };
    expect(describeGrant(benefit, benefit.tiers?.[0])).toBe(
      "给予一次性奖励10万元（衢州大工匠，共10名左右）",
    );
    expect(
      describeGrant({
        ...benefit,
        label: "每年生活津贴",
        period: "per-year",
        tiers: undefined,
        amount: { kind: "fixed", fen: 2 * WAN },
      }),
    ).toBe("给予每年生活津贴2万元");
  });

  it("describes a non-monetary treatment with its provider and quota", () => {
    expect(
      describeTreatment({
        id: "t",
        kind: "professional-title",
        label: "可直接申报正高级职称",
        recipient: "person",
        encouragedOnly: false,
        provider: "government",
        quota: { count: 20, approximate: true, cycleYears: 2 },
      }),
    ).toBe("职称评审：可直接申报正高级职称（政府部门提供；每2年评选一次，每次20名左右）");
  });
});

describe("a benefit still being drafted", () => {
  it("says what is not chosen yet instead of printing undefined", () => {
    const draft = {
      id: "b",
      matter: "m",
      label: "区级工匠一次性奖励",
      amount: { kind: "fixed", fen: 3 * WAN },
    } as unknown as Benefit;
    expect(describeGrant(draft)).toBe("给予区级工匠一次性奖励3万元");
    expect(describeBenefitTerms(draft)).toContain("支付方未填写");
    expect(describeBenefitTerms(draft)).not.toContain("undefined");
  });
});
