import type { RecipientKind } from "@jiangce/rule-schema";

/**
 * Who receives money, read from the nouns of a sentence. Policy sentences name the
 * recipient after 给予 (给予选送单位10万元/人) or as the head of the 对…的 subject, which in
 * Chinese comes last (对…获奖的我市选手). Longer words first so 培训基地 is not read as 基地-less.
 */
const nouns: [string, RecipientKind][] = [
  ["培训评价组织", "training-institution"],
  ["社会培训机构", "training-institution"],
  ["培训机构", "training-institution"],
  ["公共实训基地", "training-base"],
  ["实训基地", "training-base"],
  ["培训基地", "training-base"],
  ["集训基地", "training-base"],
  ["培训中心", "training-base"],
  ["基地", "training-base"],
  ["技工院校", "school"],
  ["职业院校", "school"],
  ["技师学院", "school"],
  ["院校", "school"],
  ["学校", "school"],
  ["高校", "school"],
  ["行业协会", "association"],
  ["协会", "association"],
  ["商会", "association"],
  ["工作室", "organisation"],
  ["医院", "organisation"],
  ["园区", "organisation"],
  ["孵化基地", "training-base"],
  ["个体工商户", "employer"],
  ["小微企业", "employer"],
  ["社会组织", "organisation"],
  ["用人单位", "employer"],
  ["选送单位", "employer"],
  ["培养单位", "employer"],
  ["建设单位", "employer"],
  ["申报单位", "employer"],
  ["链主", "employer"],
  ["创业实体", "employer"],
  ["经营主体", "employer"],
  ["市场主体", "employer"],
  ["企业", "employer"],
  ["单位", "employer"],
  ["选手", "person"],
  ["人员", "person"],
  ["个人", "person"],
  ["职工", "person"],
  ["毕业生", "person"],
  ["大学生", "person"],
  ["研究生", "person"],
  ["博士", "person"],
  ["硕士", "person"],
  ["农民工", "person"],
  ["退役军人", "person"],
  ["残疾人", "person"],
  ["劳动者", "person"],
  ["求职者", "person"],
  ["创业者", "person"],
  ["新市民", "person"],
  ["获得者", "person"],
  ["领办人", "person"],
  ["教师", "person"],
  ["学徒", "person"],
  ["技术能手", "person"],
  ["高级技师", "person"],
  ["技师", "person"],
  ["工匠", "person"],
  ["人才", "person"],
  ["每人", "person"],
  ["每名", "person"],
];

const attributive =
  /^(?:培育|培养|培训|队伍|工作(?!室)|需求|成长|发展|评价|数据库|服务|政策|精神|专项|招聘)/;

interface Noun {
  start: number;
  end: number;
  kind: RecipientKind;
}

/** nouns by their first character, longest first, so a scan tries only a few words */
const byFirst = new Map<string, [string, RecipientKind][]>();
for (const entry of nouns) {
  const list = byFirst.get(entry[0][0] ?? "") ?? [];
  list.push(entry);
  byFirst.set(entry[0][0] ?? "", list);
}

/** Recipient nouns of `text` in order, longest match at each position. */
export function findRecipientNouns(text: string): Noun[] {
  const out: Noun[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = byFirst.get(text[i] ?? "")?.find(([word]) => text.startsWith(word, i));
    if (!hit) {
      i++;
      continue;
    }
    // 技能人才培育成效, 学徒培训计划: a person noun used as a modifier names no one
    if (
      hit[1] !== "person" ||
      !attributive.test(text.slice(i + hit[0].length, i + hit[0].length + 3))
    )
      out.push({ start: i, end: i + hit[0].length, kind: hit[1] });
    i += hit[0].length;
  }
  return out;
}

export interface RecipientReading {
  kinds: RecipientKind[];
  /** how it was found: shown as the reason of the confidence */
  how: "after-give" | "subject-head" | "apprenticeship" | "default";
}

/**
 * `moneyAt` is the offset of the first amount in `sentence`: the recipient is named before
 * it. After 给予 wins (the one paid), then the head of the subject with the nouns listed
 * together with it (行业协会、企业).
 */
export function readRecipient(sentence: string, moneyAt: number): RecipientReading {
  const give = sentence.lastIndexOf("给予", Math.max(0, moneyAt));
  if (give >= 0) {
    const window = sentence.slice(give + 2, Math.min(give + 14, Math.max(moneyAt, give + 2)));
    const after = findRecipientNouns(window);
    if (after.length > 0) return { kinds: unique(after.map((n) => n.kind)), how: "after-give" };
  }
  // 按…标准给予院校培养补助: the recipient may follow the amount
  const later = sentence.indexOf("给予", moneyAt);
  if (later >= 0) {
    const after = findRecipientNouns(sentence.slice(later + 2, later + 14));
    if (after.length > 0) return { kinds: unique(after.map((n) => n.kind)), how: "after-give" };
  }
  // 企业新型学徒制: apprenticeship training subsidies are paid to the employer that trains
  if (/学徒(?:制)?(?:培训)?/.test(sentence) && !/学徒[^，。；]{0,6}(?:个人|本人)/.test(sentence))
    return { kinds: ["employer"], how: "apprenticeship" };
  const subject = findRecipientNouns(sentence.slice(0, give >= 0 ? give : moneyAt));
  const head = subject.at(-1);
  if (!head) return { kinds: ["person"], how: "default" };
  const chain = [head];
  for (let i = subject.length - 2; i >= 0; i--) {
    const prev = subject[i] as Noun;
    const between = sentence.slice(prev.end, (chain[0] as Noun).start);
    if (!/^(?:、|和|及|或|与|或者)$/.test(between)) break;
    chain.unshift(prev);
  }
  // the head is the recipient; the nouns listed with it follow
  return { kinds: unique([head.kind, ...chain.map((n) => n.kind)]), how: "subject-head" };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
