// What a new program starts from: a blank draft or the skeleton of a well-formed 方案. Both are
// drafts (version.save accepts incomplete programs); validation tells the drafter what is missing.
import type { IssuerLevel, ProgramInput } from "@jiangce/rule-schema";

export interface IssuerRegion {
  code: string;
  name: string;
  level: IssuerLevel;
}

function base(id: string, title: string, region: IssuerRegion): ProgramInput {
  return {
    schemaVersion: 1,
    id,
    title,
    stage: "comment-draft",
    issuer: { regionCode: region.code, level: region.level, name: region.name },
    validity: { effective: { from: "publication" }, expiry: { kind: "open" } },
    precedence: { withinMatter: "highest", acrossPrograms: "none", higherLevelOverrides: false },
    basis: [],
    assumptions: [],
    clauses: [],
  };
}

export function blankProgram(id: string, title: string, region: IssuerRegion): ProgramInput {
  return base(id, title, region);
}

/** 总体要求 / 主要举措 / 保障措施: the three parts a 方案 of this kind is written in. */
export function templateProgram(id: string, title: string, region: IssuerRegion): ProgramInput {
  const section = (citation: string, heading: string) => [`${citation}${heading}`];
  return {
    ...base(id, title, region),
    preamble: `为深入实施新时代人才强国战略，加快建设一支知识型、技能型、创新型劳动者大军，结合${region.name}实际，制定本方案。`,
    clauses: [
      {
        id: "general-requirements",
        citation: "一、",
        heading: "总体要求",
        sectionPath: section("一、", "总体要求"),
        text: "以习近平新时代中国特色社会主义思想为指导，坚持党管人才，健全技能人才培养、使用、评价、激励制度。",
      },
      {
        id: "selection",
        citation: "二（一）",
        heading: "开展工匠评选",
        sectionPath: [...section("二、", "主要举措"), "（一）开展工匠评选"],
        text: "每两年评选一次工匠，对入选者给予一次性奖励。",
        responsibleUnits: [{ name: "人力资源和社会保障局", role: "lead" }],
      },
      {
        id: "support",
        citation: "二（二）",
        heading: "落实激励待遇",
        sectionPath: [...section("二、", "主要举措"), "（二）落实激励待遇"],
        text: "对符合条件的高技能人才按规定给予补贴。",
        responsibleUnits: [
          { name: "人力资源和社会保障局", role: "lead" },
          { name: "财政局", role: "support" },
        ],
      },
      {
        id: "organisation",
        citation: "三（一）",
        heading: "加强组织领导",
        sectionPath: [...section("三、", "保障措施"), "（一）加强组织领导"],
        text: "各有关部门要按照职责分工，密切配合，确保各项措施落到实处。",
      },
      {
        id: "funding-guarantee",
        citation: "三（二）",
        heading: "强化经费保障",
        sectionPath: [...section("三、", "保障措施"), "（二）强化经费保障"],
        text: "所需资金从人才发展专项资金中列支。",
        funding: "人才发展专项资金",
      },
    ],
  };
}

/** A portal address for a new program: short, lower case, unique enough to edit afterwards. */
export function suggestSlug(now = Date.now()): string {
  return `program-${now.toString(36)}`;
}
