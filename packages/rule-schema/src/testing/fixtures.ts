import type { BenefitInput } from "../schema/benefit.ts";
import type { Profile, ProfileInput } from "../schema/profile.ts";
import type { ProgramInput } from "../schema/program.ts";

/** Small builders for tests: a program with one clause per benefit, in force from 2024-01-01. */
export function program(
  id: string,
  benefits: BenefitInput[],
  overrides: Partial<ProgramInput> = {},
): ProgramInput {
  return {
    id,
    title: `测试方案 ${id}`,
    stage: "final",
    issuer: { regionCode: "420100", level: "city", name: "武汉市" },
    validity: { effective: { from: "date", date: "2024-01-01" }, expiry: { kind: "open" } },
    clauses: benefits.map((b, i) => ({
      id: `clause-${i + 1}`,
      citation: `${i + 1}.`,
      text: `第${i + 1}条：${b.label}`,
      benefits: [b],
    })),
    ...overrides,
  };
}

export function fixed(
  id: string,
  matter: string,
  fen: number,
  extra: Partial<BenefitInput> = {},
): BenefitInput {
  return {
    id,
    matter,
    label: `${id} 奖励`,
    recipient: "person",
    amount: { kind: "fixed", fen },
    ...extra,
  };
}

export function person(facts: Record<string, unknown> = {}, regionCode = "420112"): Profile {
  return { id: "p1", kind: "person", regionCode, facts } as ProfileInput as Profile;
}

export function org(
  kind: Profile["kind"],
  facts: Record<string, unknown> = {},
  regionCode = "420112",
): Profile {
  return { id: "o1", kind, regionCode, facts } as ProfileInput as Profile;
}

/** 1 万元 in fen */
export const WAN = 1_000_000;
