import type { ProfileInput } from "../schema/profile.ts";

/** Documented example profiles (also embedded as `examples` in profile.schema.json). */
export const exampleProfiles = [
  {
    id: "person-001",
    kind: "person",
    regionCode: "420112",
    name: "张师傅",
    facts: {
      skillLevel: "senior-technician",
      professionalTitle: "none",
      honours: ["provincial-technical-expert"],
      titles: ["wuhan-skill-master"],
      competitions: [
        {
          event: "worldskills",
          name: "第46届世界技能大赛",
          level: "international",
          medal: "bronze",
          year: 2022,
        },
        {
          event: "other",
          name: "湖北省技能大赛",
          level: "province",
          category: "class-1",
          rank: 1,
          year: 2021,
          awardFen: 2000000,
        },
      ],
      frontlineYears: 15,
    },
  },
  {
    id: "employer-001",
    kind: "employer",
    regionCode: "420202",
    name: "某机械制造有限公司",
    facts: {
      platforms: ["national-skill-master-studio"],
      employeeCount: 820,
      hsOrderClasses: 2,
    },
  },
  {
    id: "school-001",
    kind: "school",
    regionCode: "420202",
    name: "某技师学院",
    facts: {
      hsGraduatesIntermediate: 120,
      hsGraduatesSenior: 80,
      hsGraduatesPreparatoryTechnician: 30,
    },
  },
] satisfies ProfileInput[];
