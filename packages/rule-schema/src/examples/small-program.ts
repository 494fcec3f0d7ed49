import type { ProgramInput } from "../schema/program.ts";

/**
 * One small complete program (documented in the README): a city title with an award,
 * an employer 1:1 match, a derived title from WorldSkills medals and a non-monetary treatment.
 */
export const smallProgram = {
  id: "example-city-craftsman",
  title: "示例市工匠培育计划",
  documentNumber: "示人社发〔2024〕1号",
  stage: "final",
  issuer: { regionCode: "420100", level: "city", name: "武汉市" },
  validity: {
    issued: "2024-03-01",
    effective: { from: "issue" },
    expiry: { kind: "duration", years: 5 },
    text: "本计划自印发之日起实施，有效期为5年。",
  },
  precedence: { withinMatter: "highest", acrossPrograms: "highest-then-newest" },
  facts: [
    {
      key: "titles",
      extends: true,
      label: "地方称号",
      values: [
        { value: "example-craftsman", label: "示例工匠" },
        { value: "example-technical-expert", label: "示例市技术能手" },
      ],
    },
  ],
  derivations: [
    {
      id: "worldskills-medal-makes-craftsman",
      clauseId: "selection",
      fact: "titles",
      value: "example-craftsman",
      when: {
        fact: "competitions",
        op: "some",
        where: {
          all: [
            { fact: "event", op: "eq", value: "worldskills" },
            { fact: "medal", op: "in", value: ["gold", "silver", "bronze"] },
          ],
        },
      },
      note: "世界技能大赛金银铜牌选手直接评定为“示例工匠”",
    },
  ],
  clauses: [
    {
      id: "selection",
      citation: "二（一）3.",
      text: "对世界技能大赛金银铜牌选手，直接评定为“示例工匠”。",
      responsibleUnits: [{ name: "市人社局", role: "lead" }],
      treatments: [
        {
          id: "direct-recognition",
          kind: "direct-recognition",
          label: "直接评定为“示例工匠”",
          conditions: {
            fact: "competitions",
            op: "some",
            where: { fact: "event", op: "eq", value: "worldskills" },
          },
        },
      ],
    },
    {
      id: "award",
      citation: "二（三）1.",
      text: "给予“示例工匠”一次性奖励30万元；对“示例市技术能手”给予5000元一次性奖励，所在单位按1:1比例给予配套奖励。",
      responsibleUnits: [
        { name: "市人社局", role: "lead" },
        { name: "市财政局", role: "support" },
      ],
      benefits: [
        {
          id: "craftsman-award",
          matter: "city-craftsman-award",
          label: "示例工匠一次性奖励",
          recipient: "person",
          payer: "government",
          period: "once",
          conditions: { fact: "titles", op: "contains", value: "example-craftsman" },
          amount: { kind: "fixed", fen: 30000000 },
        },
        {
          id: "expert-award",
          matter: "city-technical-expert-award",
          label: "示例市技术能手奖励",
          recipient: "person",
          conditions: { fact: "titles", op: "contains", value: "example-technical-expert" },
          amount: { kind: "fixed", fen: 500000 },
        },
        {
          id: "expert-award-match",
          matter: "city-technical-expert-employer-match",
          label: "所在单位1:1配套奖励",
          recipient: "person",
          payer: "employer",
          amount: { kind: "matching", ratio: 1, of: { matter: "city-technical-expert-award" } },
        },
      ],
    },
  ],
} satisfies ProgramInput;
