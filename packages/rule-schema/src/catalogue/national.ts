import type { FactDeclaration } from "../schema/fact.ts";
import { skillLevels } from "./skill-levels.ts";

/**
 * The national fact catalogue: facts any program may read without declaring them.
 * Values of `set` facts (honours, titles, platforms, industries) can be extended by a program
 * (`{ key: "titles", extends: true, values: [...] }`); ordered/enum values are fixed.
 * Two pseudo-facts come from the profile envelope: `recipientKind` (profile.kind) and
 * `regionCode` (profile.regionCode).
 */
const nationalFactList: FactDeclaration[] = [
  {
    key: "recipientKind",
    label: "对象类型",
    type: "enum",
    extends: false,
    values: [
      { value: "person", label: "个人" },
      { value: "employer", label: "用人单位" },
      { value: "school", label: "院校" },
      { value: "training-institution", label: "培训机构" },
      { value: "training-base", label: "实训基地" },
      { value: "association", label: "行业协会" },
      { value: "organisation", label: "其他组织" },
    ],
    description: "取自档案的 kind 字段",
  },
  {
    key: "regionCode",
    label: "所在地行政区划代码",
    type: "region",
    extends: false,
    description: "取自档案的 regionCode 字段（GB/T 2260）",
  },
  {
    key: "skillLevel",
    label: "职业技能等级（新八级工）",
    type: "ordered",
    extends: false,
    values: [...skillLevels],
    appliesTo: ["person"],
  },
  {
    key: "professionalTitle",
    label: "职称",
    type: "ordered",
    extends: false,
    values: [
      { value: "none", label: "无职称" },
      { value: "junior", label: "初级职称" },
      { value: "intermediate", label: "中级职称" },
      { value: "associate-senior", label: "副高级职称" },
      { value: "senior", label: "正高级职称" },
    ],
    appliesTo: ["person"],
  },
  {
    key: "honours",
    label: "国家和省级荣誉",
    type: "set",
    extends: false,
    values: [
      { value: "china-skills-award", label: "中华技能大奖" },
      { value: "national-technical-expert", label: "全国技术能手" },
      { value: "state-council-special-allowance", label: "国务院政府特殊津贴" },
      { value: "great-craftsman", label: "大国工匠" },
      { value: "national-model-worker", label: "全国劳动模范" },
      { value: "national-may-day-medal", label: "全国五一劳动奖章" },
      { value: "provincial-craftsman", label: "省级工匠（如湖北工匠、江苏工匠、浙江工匠）" },
      { value: "provincial-model-worker", label: "省劳动模范" },
      { value: "provincial-may-day-medal", label: "省五一劳动奖章" },
      { value: "provincial-technical-expert", label: "省技术能手" },
      { value: "government-special-allowance-expert", label: "省、市政府特殊津贴专家" },
      { value: "city-technical-expert", label: "市技术能手" },
    ],
    appliesTo: ["person"],
  },
  {
    key: "titles",
    label: "地方与企业称号",
    type: "set",
    extends: false,
    values: [
      { value: "enterprise-chief-technician", label: "企业首席技师" },
      { value: "enterprise-skill-expert", label: "企业技能专家" },
      { value: "enterprise-technical-expert", label: "企业技术能手" },
    ],
    appliesTo: ["person"],
    description: "各地方案用 extends 增加本地称号，如 wuhan-craftsman（武汉工匠）",
  },
  {
    key: "competitions",
    label: "职业技能竞赛成绩",
    type: "records",
    extends: false,
    appliesTo: ["person"],
    fields: [
      {
        key: "event",
        label: "赛事",
        type: "enum",
        values: [
          { value: "worldskills", label: "世界技能大赛" },
          { value: "national-skills-competition", label: "全国（中华人民共和国）职业技能大赛" },
          { value: "other", label: "其他竞赛" },
        ],
      },
      { key: "name", label: "赛事名称", type: "string" },
      {
        key: "level",
        label: "竞赛层级",
        type: "ordered",
        values: [
          { value: "enterprise", label: "企业级" },
          { value: "industry", label: "行业级" },
          { value: "district", label: "县（区）级" },
          { value: "city", label: "市级" },
          { value: "province", label: "省级" },
          { value: "national", label: "国家级" },
          { value: "international", label: "国际级" },
        ],
      },
      {
        key: "category",
        label: "竞赛类别",
        type: "enum",
        values: [
          { value: "class-1", label: "一类竞赛" },
          { value: "class-2", label: "二类竞赛" },
          { value: "other", label: "其他" },
        ],
      },
      {
        key: "medal",
        label: "奖牌",
        type: "ordered",
        values: [
          { value: "none", label: "无奖牌" },
          { value: "excellence", label: "优胜奖" },
          { value: "bronze", label: "铜牌" },
          { value: "silver", label: "银牌" },
          { value: "gold", label: "金牌" },
        ],
      },
      { key: "rank", label: "名次", type: "number" },
      { key: "year", label: "年份", type: "number" },
      { key: "awardFen", label: "主办方奖励额度（分）", type: "money" },
    ],
  },
  {
    key: "claims",
    label: "申领记录",
    type: "records",
    extends: false,
    description:
      "此前已申领的待遇（每人每年可享受1次、按等级申领）：事项、方案、待遇、日期、等级、金额",
    fields: [
      { key: "matter", label: "事项", type: "string" },
      { key: "program", label: "方案", type: "string" },
      { key: "benefit", label: "待遇", type: "string" },
      { key: "date", label: "申领日期", type: "date" },
      { key: "year", label: "申领年度", type: "number" },
      { key: "level", label: "申领等级", type: "string" },
      { key: "amountFen", label: "申领金额（分）", type: "money" },
    ],
  },
  {
    key: "platforms",
    label: "建设平台与载体",
    type: "set",
    extends: false,
    values: [
      { value: "national-skill-master-studio", label: "国家级技能大师工作室" },
      { value: "provincial-skill-master-studio", label: "省级技能大师工作室" },
      { value: "city-skill-master-studio", label: "市级技能大师工作室" },
      { value: "national-high-skill-training-base", label: "国家级高技能人才培训基地" },
      { value: "provincial-high-skill-training-base", label: "省级高技能人才培训基地" },
      { value: "city-high-skill-training-base", label: "市级高技能人才培训基地" },
      { value: "national-public-training-base", label: "国家级公共实训基地" },
      { value: "provincial-public-training-base", label: "省级公共实训基地" },
      { value: "city-public-training-base", label: "市级公共实训基地" },
      { value: "worldskills-national-training-base", label: "世界技能大赛国家级集训基地" },
      { value: "worldskills-provincial-training-base", label: "世界技能大赛省级集训基地" },
    ],
    appliesTo: ["employer", "school", "training-institution", "training-base", "association"],
  },
  {
    key: "industries",
    label: "所属产业",
    type: "set",
    extends: false,
    values: [],
    description: "各地方案用 extends 声明本地重点产业，如 key-industry-list",
  },
  { key: "frontlineYears", label: "一线工作年限", type: "number", extends: false, unit: "年" },
  { key: "age", label: "年龄", type: "number", extends: false, unit: "岁", appliesTo: ["person"] },
  { key: "birthDate", label: "出生日期", type: "date", extends: false, appliesTo: ["person"] },
  {
    key: "newlyIntroduced",
    label: "新引进人才",
    type: "boolean",
    extends: false,
    appliesTo: ["person"],
  },
  {
    key: "employeeCount",
    label: "职工人数",
    type: "number",
    extends: false,
    unit: "人",
    appliesTo: ["employer"],
  },
];

export const nationalFacts: readonly FactDeclaration[] = nationalFactList;

export const nationalFactsByKey: ReadonlyMap<string, FactDeclaration> = new Map(
  nationalFactList.map((f) => [f.key, f]),
);
