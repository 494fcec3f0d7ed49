import type { ResolvedFact } from "@jiangce/rule-schema";
import type { ColumnTarget, RosterMapping } from "./mapping.ts";
import { normalizeLabel } from "./values.ts";

/** Headers Chinese registers use, most specific first (matched as a prefix or whole). */
const headerWords: [readonly string[], ColumnTarget][] = [
  [["身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证"], "identityNumber"],
  [["姓名", "名称", "单位名称", "企业名称"], "name"],
  [["档案编号", "人员编号", "编号", "id"], "id"],
  [
    ["所在区", "所在区县", "区县", "所属区", "行政区划代码", "区划代码", "regioncode"],
    "regionCode",
  ],
  [["职业技能等级", "技能等级", "技术等级", "等级"], "fact:skillLevel"],
  [["职称", "专业技术职称"], "fact:professionalTitle"],
  [["荣誉", "荣誉称号", "获得荣誉"], "fact:honours"],
  [["称号", "地方称号"], "fact:titles"],
  [["平台", "建设平台"], "fact:platforms"],
  [["竞赛名称", "赛事名称", "比赛名称"], "record:competitions.name"],
  [["赛事", "竞赛类型"], "record:competitions.event"],
  [["竞赛层级", "竞赛级别", "赛事级别", "获奖级别", "级别"], "record:competitions.level"],
  [["竞赛/奖项", "竞赛奖项", "奖项", "获奖等次", "奖牌", "竞赛成绩"], "record:competitions.medal"],
  [["名次", "排名"], "record:competitions.rank"],
  [["获奖年份", "竞赛年份", "年份"], "record:competitions.year"],
  [["一线工作年限", "工作年限"], "fact:frontlineYears"],
  [["年龄"], "fact:age"],
  [["出生日期", "出生年月"], "fact:birthDate"],
  [["新引进人才", "是否新引进"], "fact:newlyIntroduced"],
  [["职工人数", "员工人数"], "fact:employeeCount"],
  [["证书编号", "发证日期", "工作单位", "单位", "发证机关", "联系电话", "手机"], "attribute"],
  [["序号"], "ignore"],
];

/**
 * A first mapping for a register's headers, for staff to correct: known Chinese headers, a
 * fact's own label or key from the programs' catalogue (`scope`), otherwise `ignore`.
 * Each envelope target is proposed once (the first matching column).
 */
export function suggestMapping(
  headers: readonly string[],
  scope: ReadonlyMap<string, ResolvedFact>,
  previous?: RosterMapping,
): RosterMapping {
  const byLabel = new Map<string, string>();
  for (const fact of scope.values()) {
    byLabel.set(normalizeLabel(fact.label), fact.key);
    byLabel.set(normalizeLabel(fact.label.replace(/[（(].*$/, "")), fact.key);
    byLabel.set(normalizeLabel(fact.key), fact.key);
  }
  const used = new Set<ColumnTarget>();
  const columns: Record<string, ColumnTarget> = {};
  for (const header of headers) {
    const saved = previous?.columns[header];
    const target = saved ?? guess(normalizeLabel(header), byLabel, scope);
    const once = !target.startsWith("fact:") && target !== "attribute" && target !== "ignore";
    columns[header] = once && used.has(target) ? "attribute" : target;
    used.add(target);
  }
  return {
    kind: previous?.kind ?? "person",
    columns,
    values: previous?.values ?? {},
    money: previous?.money ?? "yuan",
  };
}

function guess(
  header: string,
  byLabel: ReadonlyMap<string, string>,
  scope: ReadonlyMap<string, ResolvedFact>,
): ColumnTarget {
  const fact = byLabel.get(header);
  if (fact !== undefined && fact !== "recipientKind" && fact !== "regionCode")
    return `fact:${fact}`;
  for (const [words, target] of headerWords)
    for (const word of words) {
      const w = normalizeLabel(word);
      if (header === w || (w.length >= 2 && header.startsWith(w))) {
        if (target.startsWith("fact:") && !scope.has(target.slice(5))) continue;
        return target;
      }
    }
  return "ignore";
}
