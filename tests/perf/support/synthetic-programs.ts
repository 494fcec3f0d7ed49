import type { Condition, ProgramInput } from "@jiangce/rule-schema";

/**
 * A program set of the same size and variety as the five seed programs, used by the engine
 * benchmark while (or if) @jiangce/programs is not available: five programs in a province >
 * city > district chain plus two other cities, ~60 benefits with tiers, per-unit rates,
 * matching, uplift, percent-of, caps, per-year allowances, unspecified amounts, derived
 * titles, exclusive groups, clause deadlines and matters shared across programs.
 * The issuers are fictitious (示例) so nobody mistakes these for the real seeds.
 */

const wan = (n: number) => Math.round(n * 1_000_000); // 万元 → fen
const yuan = (n: number) => n * 100;

const has = (fact: string, value: string): Condition => ({ fact, op: "contains", value });
const atLeast = (fact: string, value: string | number): Condition => ({ fact, op: "gte", value });
const medal = (event: string, medalValue: string, minYear?: number): Condition => ({
  fact: "competitions",
  op: "some",
  where: {
    all: [
      { fact: "event", op: "eq", value: event },
      { fact: "medal", op: "eq", value: medalValue },
      ...(minYear === undefined ? [] : [{ fact: "year", op: "gte", value: minYear } as Condition]),
    ],
  },
});

const unit = (name: string, role: "lead" | "support" = "lead") => ({ name, role });

type ClauseInput = NonNullable<ProgramInput["clauses"]>[number];
type BenefitInput = NonNullable<ClauseInput["benefits"]>[number];

function clause(
  id: string,
  citation: string,
  text: string,
  benefits: BenefitInput[],
  extra: Partial<ClauseInput> = {},
): ClauseInput {
  return {
    id,
    citation,
    text,
    responsibleUnits: [unit("市人力资源社会保障局"), unit("市财政局", "support")],
    benefits,
    ...extra,
  };
}

const province: ProgramInput = {
  id: "bench-province-plan",
  title: "示例省新时代工匠培育实施意见",
  stage: "final",
  issuer: { regionCode: "420000", level: "province", name: "示例省" },
  validity: {
    issued: "2022-01-10",
    effective: { from: "issue" },
    expiry: { kind: "duration", years: 5 },
  },
  precedence: { withinMatter: "highest", acrossPrograms: "none", higherLevelOverrides: false },
  facts: [
    { key: "trainedSeniorWorkers", label: "年度培养高级工以上人数", type: "number", unit: "人" },
  ],
  clauses: [
    clause("craftsman", "二（一）1.", "对新评选的省级工匠给予一次性奖励10万元。", [
      {
        id: "provincial-craftsman-award",
        matter: "provincial-craftsman-award",
        label: "省级工匠一次性奖励",
        recipient: "person",
        conditions: has("honours", "provincial-craftsman"),
        amount: { kind: "fixed", fen: wan(10) },
        quota: { count: 100, approximate: true, cycleYears: 2 },
      },
    ]),
    clause(
      "competition",
      "二（一）2.",
      "对在全国职业技能大赛上获得金、银、铜牌和优胜奖的本省选手，分别给予20万、10万、5万、2万元奖励。",
      [
        {
          id: "national-competition-award",
          matter: "national-competition-award",
          label: "全国职业技能大赛获奖奖励",
          recipient: "person",
          tiers: [
            {
              id: "gold",
              label: "金牌",
              conditions: medal("national-skills-competition", "gold", 2021),
              amount: { kind: "fixed", fen: wan(20) },
            },
            {
              id: "silver",
              label: "银牌",
              conditions: medal("national-skills-competition", "silver", 2021),
              amount: { kind: "fixed", fen: wan(10) },
            },
            {
              id: "bronze",
              label: "铜牌",
              conditions: medal("national-skills-competition", "bronze", 2021),
              amount: { kind: "fixed", fen: wan(5) },
            },
            {
              id: "excellence",
              label: "优胜奖",
              conditions: medal("national-skills-competition", "excellence", 2021),
              amount: { kind: "fixed", fen: wan(2) },
            },
          ],
        },
      ],
    ),
    clause(
      "allowance",
      "二（二）1.",
      "在一线岗位工作满3年的高级技师、技师，分别给予每人每年6000元、3000元津贴。",
      [
        {
          id: "technician-allowance",
          matter: "technician-allowance",
          label: "技师津贴",
          recipient: "person",
          period: "per-year",
          conditions: atLeast("frontlineYears", 3),
          tiers: [
            {
              id: "senior-technician",
              label: "高级技师",
              conditions: atLeast("skillLevel", "senior-technician"),
              amount: { kind: "fixed", fen: yuan(6000) },
            },
            {
              id: "technician",
              label: "技师",
              conditions: atLeast("skillLevel", "technician"),
              amount: { kind: "fixed", fen: yuan(3000) },
            },
          ],
        },
      ],
    ),
    clause(
      "studios",
      "二（三）1.",
      "对新认定的国家级、省级技能大师工作室，分别给予50万元、20万元建设补助。",
      [
        {
          id: "master-studio-subsidy",
          matter: "skill-master-studio-subsidy",
          label: "技能大师工作室建设补助",
          recipient: ["employer", "school", "training-base"],
          tiers: [
            {
              id: "national",
              label: "国家级",
              conditions: has("platforms", "national-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(50) },
            },
            {
              id: "provincial",
              label: "省级",
              conditions: has("platforms", "provincial-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(20) },
            },
          ],
        },
        {
          id: "training-subsidy",
          matter: "senior-worker-training-subsidy",
          label: "高技能人才培养补助",
          recipient: "employer",
          conditions: atLeast("trainedSeniorWorkers", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(1000),
            unitLabel: "人",
            count: { fact: "trainedSeniorWorkers" },
            cap: wan(50),
          },
        },
      ],
    ),
    clause(
      "introduction",
      "二（四）1.",
      "对新引进的高级技师以上高技能人才，给予一次性安家补贴5万元；中华技能大奖获得者给予20万元。",
      [
        {
          id: "introduction-settling",
          matter: "introduction-settling",
          label: "引进高技能人才安家补贴",
          recipient: "person",
          conditions: { fact: "newlyIntroduced", op: "eq", value: true },
          tiers: [
            {
              id: "china-skills-award",
              label: "中华技能大奖获得者",
              conditions: has("honours", "china-skills-award"),
              amount: { kind: "fixed", fen: wan(20) },
            },
            {
              id: "senior-technician",
              label: "高级技师以上",
              conditions: atLeast("skillLevel", "senior-technician"),
              amount: { kind: "fixed", fen: wan(5) },
            },
          ],
        },
        {
          id: "medal-count-award",
          matter: "medal-count-award",
          label: "省级以上竞赛奖牌按枚奖励",
          recipient: "person",
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(2000),
            unitLabel: "枚",
            count: {
              records: "competitions",
              where: {
                all: [
                  { fact: "level", op: "gte", value: "province" },
                  { fact: "medal", op: "gte", value: "bronze" },
                ],
              },
            },
          },
        },
        {
          id: "expert-award",
          matter: "technical-expert-award",
          label: "技术能手奖励",
          recipient: "person",
          conditions: {
            any: [
              has("honours", "national-technical-expert"),
              has("honours", "provincial-technical-expert"),
            ],
          },
          amount: { kind: "fixed", fen: wan(1) },
        },
      ],
    ),
  ],
};

const city: ProgramInput = {
  id: "bench-city-plan",
  title: "示例市“城市工匠”培育计划",
  stage: "final",
  issuer: { regionCode: "420100", level: "city", name: "示例市" },
  validity: {
    issued: "2023-03-01",
    effective: { from: "issue" },
    expiry: { kind: "duration", years: 5 },
  },
  precedence: {
    withinMatter: "highest",
    acrossPrograms: "highest-then-newest",
    higherLevelOverrides: true,
  },
  facts: [
    {
      key: "titles",
      extends: true,
      label: "示例市称号",
      values: [
        { value: "bench-city-craftsman", label: "示例市工匠" },
        { value: "bench-city-technical-expert", label: "示例市技术能手" },
        { value: "bench-city-skill-master", label: "示例市技能大师" },
        { value: "bench-city-chief-technician", label: "示例市首席技师" },
      ],
    },
    { key: "seniorTechnicianTrainees", label: "培养高级技师人数", type: "number", unit: "人" },
    { key: "technicianTrainees", label: "培养技师人数", type: "number", unit: "人" },
    { key: "seniorTrainees", label: "培养高级工人数", type: "number", unit: "人" },
  ],
  derivations: [
    {
      id: "worldskills-medal-makes-craftsman",
      clauseId: "city-craftsman",
      fact: "titles",
      value: "bench-city-craftsman",
      when: {
        fact: "competitions",
        op: "some",
        where: {
          all: [
            { fact: "event", op: "eq", value: "worldskills" },
            { fact: "medal", op: "gte", value: "bronze" },
          ],
        },
      },
    },
  ],
  clauses: [
    clause("city-craftsman", "三（一）1.", "给予“示例市工匠”人员一次性奖励30万元。", [
      {
        id: "city-craftsman-award",
        matter: "city-craftsman-award",
        label: "示例市工匠一次性奖励",
        recipient: "person",
        conditions: has("titles", "bench-city-craftsman"),
        amount: { kind: "fixed", fen: wan(30) },
        quota: { count: 10, approximate: true, cycleYears: 1 },
      },
      {
        id: "city-craftsman-studio",
        matter: "city-craftsman-studio",
        label: "工匠工作室建设补助",
        recipient: "person",
        conditions: has("titles", "bench-city-craftsman"),
        amount: { kind: "fixed", fen: wan(10) },
      },
    ]),
    clause(
      "titles",
      "二（二）2.",
      "对入选“示例市技术能手”“示例市技能大师”“示例市首席技师”人员分别给予5000元、1万元、2万元一次性奖励，所在单位按1:1比例配套。",
      [
        {
          id: "city-title-award",
          matter: "city-title-award",
          label: "市级技能称号奖励",
          recipient: "person",
          tiers: [
            {
              id: "chief-technician",
              label: "示例市首席技师",
              conditions: has("titles", "bench-city-chief-technician"),
              amount: { kind: "fixed", fen: wan(2) },
            },
            {
              id: "skill-master",
              label: "示例市技能大师",
              conditions: has("titles", "bench-city-skill-master"),
              amount: { kind: "fixed", fen: wan(1) },
            },
            {
              id: "technical-expert",
              label: "示例市技术能手",
              conditions: has("titles", "bench-city-technical-expert"),
              amount: { kind: "fixed", fen: yuan(5000) },
            },
          ],
        },
        {
          id: "city-title-award-match",
          matter: "city-title-award-employer-match",
          label: "所在单位1:1配套奖励",
          recipient: "person",
          payer: "employer",
          amount: { kind: "matching", ratio: 1, of: { matter: "city-title-award" } },
        },
      ],
    ),
    clause(
      "upgrade-training",
      "二（一）2.",
      "按照高级技师5000元/人、技师3500元/人、高级工2000元/人的标准，给予培养单位技能提升补助。",
      [
        {
          id: "upgrade-senior-technician",
          matter: "upgrade-training-senior-technician",
          label: "培养高级技师补助",
          recipient: ["employer", "school"],
          conditions: atLeast("seniorTechnicianTrainees", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(5000),
            unitLabel: "人",
            count: { fact: "seniorTechnicianTrainees" },
          },
        },
        {
          id: "upgrade-technician",
          matter: "upgrade-training-technician",
          label: "培养技师补助",
          recipient: ["employer", "school"],
          conditions: atLeast("technicianTrainees", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(3500),
            unitLabel: "人",
            count: { fact: "technicianTrainees" },
          },
        },
        {
          id: "upgrade-senior",
          matter: "upgrade-training-senior",
          label: "培养高级工补助",
          recipient: ["employer", "school"],
          conditions: atLeast("seniorTrainees", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(2000),
            unitLabel: "人",
            count: { fact: "seniorTrainees" },
            cap: wan(40),
          },
        },
      ],
    ),
    clause(
      "allowance",
      "二（三）1.",
      "对在本市一线岗位工作的高级技师、技师，分别给予每人每年8000元、2000元津贴（从新就高）。",
      [
        {
          id: "city-technician-allowance",
          matter: "technician-allowance",
          label: "技师津贴（市）",
          recipient: "person",
          period: "per-year",
          tiers: [
            {
              id: "senior-technician",
              label: "高级技师",
              conditions: atLeast("skillLevel", "senior-technician"),
              amount: { kind: "fixed", fen: yuan(8000) },
            },
            {
              id: "technician",
              label: "技师",
              conditions: atLeast("skillLevel", "technician"),
              amount: { kind: "fixed", fen: yuan(2000) },
            },
          ],
        },
      ],
    ),
    clause(
      "competitions",
      "二（四）1.",
      "对世界技能大赛金、银、铜牌选手分别奖励100万、60万、40万元；省级一类竞赛前三名奖励1万元。",
      [
        {
          id: "worldskills-award",
          matter: "worldskills-award",
          label: "世界技能大赛奖励",
          recipient: "person",
          tiers: [
            {
              id: "gold",
              label: "金牌",
              conditions: medal("worldskills", "gold"),
              amount: { kind: "fixed", fen: wan(100) },
            },
            {
              id: "silver",
              label: "银牌",
              conditions: medal("worldskills", "silver"),
              amount: { kind: "fixed", fen: wan(60) },
            },
            {
              id: "bronze",
              label: "铜牌",
              conditions: medal("worldskills", "bronze"),
              amount: { kind: "fixed", fen: wan(40) },
            },
          ],
        },
        {
          id: "provincial-class1-award",
          matter: "provincial-class1-award",
          label: "省级一类竞赛前三名奖励",
          recipient: "person",
          conditions: {
            fact: "competitions",
            op: "some",
            where: {
              all: [
                { fact: "level", op: "eq", value: "province" },
                { fact: "category", op: "eq", value: "class-1" },
                { fact: "rank", op: "lte", value: 3 },
              ],
            },
          },
          amount: { kind: "fixed", fen: wan(1) },
        },
      ],
    ),
    clause(
      "studios",
      "三（二）1.",
      "对新认定的国家级技能大师工作室给予10万元配套奖补（2024年底前）。",
      [
        {
          id: "city-master-studio-match",
          matter: "city-master-studio-match",
          label: "国家级技能大师工作室配套奖补",
          recipient: ["employer", "school", "training-base"],
          conditions: has("platforms", "national-skill-master-studio"),
          amount: { kind: "fixed", fen: wan(10) },
        },
      ],
      { deadline: "2024-12-31" },
    ),
  ],
};

const district: ProgramInput = {
  id: "bench-district-plan",
  title: "示例区“临港工匠”十大行动方案",
  stage: "comment-draft",
  issuer: { regionCode: "420112", level: "district", name: "示例区" },
  validity: {
    issued: "2024-01-15",
    effective: { from: "issue" },
    expiry: { kind: "open" },
  },
  precedence: { withinMatter: "highest", acrossPrograms: "stack", higherLevelOverrides: false },
  facts: [
    { key: "apprenticeTrainees", label: "新型学徒制培训人数", type: "number", unit: "人" },
    {
      key: "titles",
      extends: true,
      label: "示例区称号",
      values: [
        { value: "bench-district-craftsman", label: "临港工匠" },
        { value: "bench-district-young-craftsman", label: "临港青年工匠" },
        { value: "bench-city-craftsman", label: "示例市工匠" },
      ],
    },
  ],
  clauses: [
    clause(
      "level-up",
      "二（一）1.",
      "对新取得技师、高级技师、特级技师、首席技师等级的职工给予一次性奖励补贴。",
      [
        {
          id: "level-up-award",
          matter: "district-level-up-award",
          label: "技能等级晋升奖励",
          recipient: "person",
          tiers: [
            {
              id: "chief",
              label: "首席技师",
              conditions: atLeast("skillLevel", "chief-technician"),
              amount: { kind: "unspecified", note: "给予一次性奖励补贴" },
            },
            {
              id: "principal",
              label: "特级技师",
              conditions: atLeast("skillLevel", "principal-technician"),
              amount: { kind: "fixed", fen: yuan(8000) },
            },
            {
              id: "senior-technician",
              label: "高级技师",
              conditions: atLeast("skillLevel", "senior-technician"),
              amount: { kind: "fixed", fen: yuan(5000) },
            },
            {
              id: "technician",
              label: "技师",
              conditions: atLeast("skillLevel", "technician"),
              amount: { kind: "fixed", fen: yuan(3000) },
            },
          ],
        },
      ],
    ),
    clause(
      "district-craftsman",
      "二（二）1.",
      "评选“临港工匠”“临港青年工匠”，就高不重复享受，分别给予2万元、1万元奖励。",
      [
        {
          id: "district-craftsman-award",
          matter: "district-craftsman-award",
          label: "临港工匠奖励",
          recipient: "person",
          conditions: has("titles", "bench-district-craftsman"),
          amount: { kind: "fixed", fen: wan(2) },
          exclusiveGroup: "district-titles",
        },
        {
          id: "district-young-craftsman-award",
          matter: "district-young-craftsman-award",
          label: "临港青年工匠奖励",
          recipient: "person",
          conditions: {
            all: [
              has("titles", "bench-district-young-craftsman"),
              { fact: "age", op: "lte", value: 35 },
            ],
          },
          amount: { kind: "fixed", fen: wan(1) },
          exclusiveGroup: "district-titles",
        },
        {
          id: "district-craftsman-topup",
          matter: "city-craftsman-award",
          label: "示例市工匠区级再奖励",
          recipient: "person",
          conditions: has("titles", "bench-city-craftsman"),
          amount: { kind: "fixed", fen: wan(5) },
        },
      ],
    ),
    clause(
      "studio-match",
      "二（三）2.",
      "对获评国家级、省级技能大师工作室的企业，按上级奖补资金1:1配套。",
      [
        {
          id: "district-studio-match",
          matter: "district-studio-match",
          label: "技能大师工作室区级配套",
          recipient: ["employer", "school", "training-base"],
          amount: {
            kind: "matching",
            ratio: 1,
            of: { matter: "skill-master-studio-subsidy" },
            cap: wan(30),
          },
        },
      ],
    ),
    clause(
      "enterprise-evaluation",
      "二（四）1.",
      "支持企业开展技能等级自主评价，对职工人数300人以上的企业按规定给予补贴。",
      [
        {
          id: "self-evaluation-subsidy",
          matter: "self-evaluation-subsidy",
          label: "企业自主评价补贴",
          recipient: "employer",
          conditions: atLeast("employeeCount", 300),
          amount: { kind: "unspecified", note: "按规定" },
        },
        {
          id: "apprentice-subsidy",
          matter: "apprentice-subsidy",
          label: "新型学徒制培训补贴",
          recipient: "employer",
          conditions: atLeast("employeeCount", 20),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(4000),
            unitLabel: "人",
            count: { fact: "apprenticeTrainees" },
            cap: wan(20),
          },
        },
      ],
    ),
    clause(
      "youth",
      "二（五）1.",
      "对35岁以下取得高级工以上等级的青年技能人才，给予一次性1000元技能提升补贴。",
      [
        {
          id: "youth-skill-subsidy",
          matter: "youth-skill-subsidy",
          label: "青年技能提升补贴",
          recipient: "person",
          conditions: {
            all: [atLeast("skillLevel", "senior"), { fact: "age", op: "between", value: [18, 35] }],
          },
          amount: { kind: "fixed", fen: yuan(1000) },
        },
      ],
    ),
  ],
};

const riverCity: ProgramInput = {
  id: "bench-river-city-plan",
  title: "示例江城市技能人才培育方案",
  stage: "comment-draft",
  issuer: { regionCode: "420200", level: "city", name: "示例江城市" },
  validity: {
    issued: "2024-05-20",
    effective: { from: "publication" },
    expiry: { kind: "last-day", date: "2027-12-31" },
  },
  precedence: {
    withinMatter: "highest",
    acrossPrograms: "highest-then-newest",
    higherLevelOverrides: true,
  },
  facts: [
    { key: "graduatesPlaced", label: "留本市就业的技工院校毕业生人数", type: "number", unit: "人" },
    { key: "keyIndustryTrainees", label: "重点产业工种培训人数", type: "number", unit: "人" },
    { key: "standardTrainingFen", label: "培训补贴标准（分/人）", type: "money" },
    {
      key: "industries",
      extends: true,
      label: "示例江城市重点产业",
      values: [
        { value: "bench-new-materials", label: "新材料" },
        { value: "bench-smart-manufacturing", label: "智能制造" },
      ],
    },
  ],
  clauses: [
    clause(
      "graduates",
      "二（一）1.",
      "对培养合格技工院校毕业生且留本市就业的，按每生2000元给予培养院校奖补，最高3万元。",
      [
        {
          id: "graduate-placement",
          matter: "graduate-placement",
          label: "毕业生留本市就业奖补",
          recipient: "school",
          conditions: atLeast("graduatesPlaced", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(2000),
            unitLabel: "生",
            count: { fact: "graduatesPlaced" },
            cap: wan(3),
          },
        },
      ],
    ),
    clause(
      "key-industry",
      "二（一）3.",
      "对纳入重点产业目录的工种，培训补贴标准提高30%；链主企业最高可按200%标准给予培训补贴。",
      [
        {
          id: "key-industry-uplift",
          matter: "key-industry-training-subsidy",
          label: "重点产业培训补贴上浮",
          recipient: "employer",
          conditions: {
            all: [
              {
                fact: "industries",
                op: "containsAny",
                value: ["bench-new-materials", "bench-smart-manufacturing"],
              },
              { fact: "standardTrainingFen", op: "exists" },
            ],
          },
          tiers: [
            {
              id: "chain-leader",
              label: "链主企业",
              conditions: atLeast("employeeCount", 1000),
              amount: { kind: "percent-of", percent: 200, of: { fact: "standardTrainingFen" } },
            },
            {
              id: "uplift",
              label: "上浮30%",
              amount: { kind: "uplift", percent: 30, of: { fact: "standardTrainingFen" } },
            },
          ],
        },
        {
          id: "key-industry-per-head",
          matter: "key-industry-per-head",
          label: "重点产业培训人数补助",
          recipient: "employer",
          conditions: atLeast("keyIndustryTrainees", 10),
          amount: {
            kind: "per-unit",
            fenPerUnit: yuan(300),
            unitLabel: "人",
            count: { fact: "keyIndustryTrainees" },
            cap: wan(15),
          },
        },
      ],
    ),
    clause(
      "bases",
      "二（二）4.",
      "对建成国家级高技能人才培训基地的，按30万元给予市级配套奖补；对国家级技能大师工作室给予10万元配套奖补；对省级技能大师工作室给予5万元。",
      [
        {
          id: "national-base-match",
          matter: "national-base-match",
          label: "国家级高技能人才培训基地配套奖补",
          recipient: ["employer", "school", "training-base"],
          conditions: has("platforms", "national-high-skill-training-base"),
          amount: { kind: "fixed", fen: wan(30) },
        },
        {
          id: "river-master-studio",
          matter: "skill-master-studio-subsidy",
          label: "技能大师工作室配套奖补（市）",
          recipient: ["employer", "school", "training-base"],
          tiers: [
            {
              id: "national",
              label: "国家级",
              conditions: has("platforms", "national-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(10) },
            },
            {
              id: "provincial",
              label: "省级",
              conditions: has("platforms", "provincial-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(5) },
            },
          ],
        },
      ],
    ),
    clause("allowance", "二（三）2.", "对企业高级技师、技师给予每人每年5000元、2500元岗位津贴。", [
      {
        id: "river-technician-allowance",
        matter: "technician-allowance",
        label: "技师岗位津贴（江城市）",
        recipient: "person",
        period: "per-year",
        tiers: [
          {
            id: "senior-technician",
            label: "高级技师",
            conditions: atLeast("skillLevel", "senior-technician"),
            amount: { kind: "fixed", fen: yuan(5000) },
          },
          {
            id: "technician",
            label: "技师",
            conditions: atLeast("skillLevel", "technician"),
            amount: { kind: "fixed", fen: yuan(2500) },
          },
        ],
      },
      {
        id: "river-expert-uplift",
        matter: "technical-expert-award",
        label: "技术能手奖励（上浮30%）",
        recipient: "person",
        conditions: has("honours", "national-technical-expert"),
        amount: { kind: "uplift", percent: 30, of: { fen: wan(1) } },
      },
    ]),
  ],
};

const eastCity: ProgramInput = {
  id: "bench-east-city-plan",
  title: "关于新时代示例东市工匠培育工程的实施办法",
  stage: "comment-draft",
  issuer: { regionCode: "330800", level: "city", name: "示例东市" },
  validity: {
    issued: "2022-06-01",
    effective: { from: "issue" },
    expiry: { kind: "open" },
  },
  precedence: { withinMatter: "highest", acrossPrograms: "newest", higherLevelOverrides: true },
  facts: [
    {
      key: "titles",
      extends: true,
      label: "示例东市工匠称号",
      values: [
        { value: "bench-east-grand-craftsman", label: "东市大工匠" },
        { value: "bench-east-outstanding-craftsman", label: "东市杰出工匠" },
        { value: "bench-east-craftsman", label: "东市工匠" },
        { value: "bench-east-young-craftsman", label: "东市青年工匠" },
      ],
    },
    { key: "provincialCompetitionAwardFen", label: "省技能大赛主办方奖励额度", type: "money" },
    { key: "occupationsHosted", label: "举办竞赛的职业（工种）数", type: "number", unit: "个" },
    { key: "nationalTeamMembers", label: "入选国家集训队人数", type: "number", unit: "人" },
    { key: "frontlineShortagePost", label: "在紧缺职业一线对口岗位工作", type: "boolean" },
    { key: "standardTrainingFen", label: "原招工补助标准（分/人）", type: "money" },
    { key: "socialServiceSurplusFen", label: "社会服务收入结余", type: "money" },
    { key: "performancePayBaselineFen", label: "绩效工资基准总量", type: "money" },
  ],
  clauses: [
    clause(
      "craftsman",
      "二（一）2.",
      "按照就高、不重复享受原则，对东市大工匠、杰出工匠、工匠、青年工匠分别给予一次性10万、6万、2万、0.6万元的经费支持。",
      [
        {
          id: "east-craftsman-support",
          matter: "east-craftsman-support",
          label: "东市工匠经费支持",
          recipient: "person",
          tiers: [
            {
              id: "grand",
              label: "东市大工匠",
              conditions: has("titles", "bench-east-grand-craftsman"),
              amount: { kind: "fixed", fen: wan(10) },
            },
            {
              id: "outstanding",
              label: "东市杰出工匠",
              conditions: has("titles", "bench-east-outstanding-craftsman"),
              amount: { kind: "fixed", fen: wan(6) },
            },
            {
              id: "craftsman",
              label: "东市工匠",
              conditions: has("titles", "bench-east-craftsman"),
              amount: { kind: "fixed", fen: wan(2) },
            },
            {
              id: "young",
              label: "东市青年工匠",
              conditions: has("titles", "bench-east-young-craftsman"),
              amount: { kind: "fixed", fen: wan(0.6) },
            },
          ],
        },
        {
          id: "study-tour",
          matter: "study-tour",
          label: "研修交流经费资助",
          recipient: "person",
          conditions: {
            any: [
              has("titles", "bench-east-grand-craftsman"),
              has("titles", "bench-east-outstanding-craftsman"),
              has("titles", "bench-east-craftsman"),
              atLeast("skillLevel", "senior-technician"),
            ],
          },
          amount: { kind: "fixed", fen: wan(2), upTo: true },
          deadline: "2025-12-31",
        },
      ],
    ),
    clause(
      "competition-awards",
      "二（二）6.",
      "对世界技能大赛金、银、铜牌和优胜奖分别按100万、50万、30万、15万元奖励；全国大赛分别按30万、20万、10万、5万元；浙江技能大赛按主办方奖励额度1:1配套。",
      [
        {
          id: "east-worldskills-award",
          matter: "worldskills-award",
          label: "世界技能大赛奖励",
          recipient: "person",
          tiers: [
            {
              id: "gold",
              label: "金牌",
              conditions: medal("worldskills", "gold"),
              amount: { kind: "fixed", fen: wan(100) },
            },
            {
              id: "silver",
              label: "银牌",
              conditions: medal("worldskills", "silver"),
              amount: { kind: "fixed", fen: wan(50) },
            },
            {
              id: "bronze",
              label: "铜牌",
              conditions: medal("worldskills", "bronze"),
              amount: { kind: "fixed", fen: wan(30) },
            },
            {
              id: "excellence",
              label: "优胜奖",
              conditions: medal("worldskills", "excellence"),
              amount: { kind: "fixed", fen: wan(15) },
            },
          ],
        },
        {
          id: "east-national-competition-award",
          matter: "national-competition-award",
          label: "全国职业技能大赛奖励",
          recipient: "person",
          tiers: [
            {
              id: "gold",
              label: "金牌",
              conditions: medal("national-skills-competition", "gold"),
              amount: { kind: "fixed", fen: wan(30) },
            },
            {
              id: "silver",
              label: "银牌",
              conditions: medal("national-skills-competition", "silver"),
              amount: { kind: "fixed", fen: wan(20) },
            },
            {
              id: "bronze",
              label: "铜牌",
              conditions: medal("national-skills-competition", "bronze"),
              amount: { kind: "fixed", fen: wan(10) },
            },
            {
              id: "excellence",
              label: "优胜奖",
              conditions: medal("national-skills-competition", "excellence"),
              amount: { kind: "fixed", fen: wan(5) },
            },
          ],
        },
        {
          id: "provincial-competition-match",
          matter: "provincial-competition-match",
          label: "省技能大赛获奖1:1配套",
          recipient: "person",
          conditions: { fact: "provincialCompetitionAwardFen", op: "gt", value: 0 },
          amount: { kind: "matching", ratio: 1, of: { fact: "provincialCompetitionAwardFen" } },
        },
        {
          id: "national-team-support",
          matter: "national-team-support",
          label: "入选国家集训队经费资助",
          recipient: ["employer", "school"],
          conditions: atLeast("nationalTeamMembers", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: wan(10),
            unitLabel: "人",
            count: { fact: "nationalTeamMembers" },
          },
        },
        {
          id: "competition-hosting",
          matter: "competition-hosting",
          label: "举办职业技能竞赛补助",
          recipient: ["association", "employer"],
          conditions: atLeast("occupationsHosted", 1),
          amount: {
            kind: "per-unit",
            fenPerUnit: wan(1),
            unitLabel: "职业（工种）",
            count: { fact: "occupationsHosted" },
            cap: wan(5),
          },
        },
        {
          id: "worldskills-base",
          matter: "worldskills-base",
          label: "世界技能大赛国家级集训基地补助",
          recipient: ["employer", "school", "training-base"],
          conditions: has("platforms", "worldskills-national-training-base"),
          amount: { kind: "fixed", fen: wan(50) },
        },
      ],
    ),
    clause(
      "platforms",
      "二（三）9.",
      "对评为市级技能大师工作室的给予每家5万元；省级和国家级分别给予5万元、10万元；对年培训超1000人次的市级公共实训基地给予每家不超过20万元。",
      [
        {
          id: "east-master-studio",
          matter: "skill-master-studio-subsidy",
          label: "技能大师工作室经费",
          recipient: ["employer", "school", "training-base"],
          tiers: [
            {
              id: "national",
              label: "国家级",
              conditions: has("platforms", "national-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(10) },
            },
            {
              id: "provincial",
              label: "省级",
              conditions: has("platforms", "provincial-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(5) },
            },
            {
              id: "city",
              label: "市级",
              conditions: has("platforms", "city-skill-master-studio"),
              amount: { kind: "fixed", fen: wan(5) },
            },
          ],
        },
        {
          id: "public-training-base",
          matter: "public-training-base",
          label: "市级公共实训基地经费",
          recipient: ["training-base", "school"],
          conditions: {
            all: [
              has("platforms", "city-public-training-base"),
              { fact: "employeeCount", op: "gte", value: 1000 },
            ],
          },
          amount: { kind: "fixed", fen: wan(20), upTo: true },
        },
        {
          id: "high-skill-base",
          matter: "high-skill-base",
          label: "高技能人才培训基地补助",
          recipient: ["training-base", "school", "employer"],
          tiers: [
            {
              id: "national",
              label: "国家级",
              conditions: has("platforms", "national-high-skill-training-base"),
              amount: { kind: "fixed", fen: wan(50) },
            },
            {
              id: "provincial",
              label: "省级",
              conditions: has("platforms", "provincial-public-training-base"),
              amount: { kind: "fixed", fen: wan(20) },
            },
          ],
        },
      ],
    ),
    clause(
      "allowance",
      "二（四）13.",
      "在企事业紧缺职业（工种）一线对口岗位工作的高级技师、技师，分别给予每人每年1万元、5000元的人才津贴。",
      [
        {
          id: "east-technician-allowance",
          matter: "technician-allowance",
          label: "技师人才津贴",
          recipient: "person",
          period: "per-year",
          conditions: { fact: "frontlineShortagePost", op: "eq", value: true },
          tiers: [
            {
              id: "senior-technician",
              label: "高级技师",
              conditions: atLeast("skillLevel", "senior-technician"),
              amount: { kind: "fixed", fen: wan(1) },
            },
            {
              id: "technician",
              label: "技师",
              conditions: { fact: "skillLevel", op: "eq", value: "technician" },
              amount: { kind: "fixed", fen: yuan(5000) },
            },
          ],
        },
        {
          id: "provincial-award-records-match",
          matter: "provincial-award-records-match",
          label: "省级竞赛主办方奖励1:1配套（按获奖记录）",
          recipient: "person",
          amount: {
            kind: "matching",
            ratio: 1,
            of: {
              records: "competitions",
              where: { fact: "level", op: "eq", value: "province" },
              field: "awardFen",
            },
            cap: wan(20),
          },
        },
        {
          id: "service-surplus-reward",
          matter: "service-surplus-reward",
          label: "社会服务结余用于劳务报酬",
          recipient: "school",
          conditions: { fact: "socialServiceSurplusFen", op: "gt", value: 0 },
          amount: {
            kind: "percent-of",
            percent: 70,
            of: { fact: "socialServiceSurplusFen" },
            capOf: { percent: 15, of: { fact: "performancePayBaselineFen" } },
          },
        },
        {
          id: "introduced-uplift",
          matter: "recruitment-subsidy",
          label: "引进高级工以上招工补助上浮30%",
          recipient: "employer",
          conditions: { fact: "standardTrainingFen", op: "exists" },
          amount: { kind: "uplift", percent: 30, of: { fact: "standardTrainingFen" } },
        },
      ],
    ),
  ],
};

/** The benchmark's stand-in program set (five programs, ~60 benefit candidates). */
export const syntheticPrograms: ProgramInput[] = [province, city, district, riverCity, eastCity];

/** Regions the roster is drawn from: inside the chain, the other cities, and outside all. */
export const syntheticRegions = [
  "420112",
  "420112",
  "420102",
  "420202",
  "420200",
  "330802",
  "330800",
  "320700",
  "110101",
] as const;
