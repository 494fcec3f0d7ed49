/**
 * A register as a district exports it, for tests and benchmarks: Chinese headers, valid
 * identity numbers, skill levels, competitions and honours in their Chinese labels, and
 * (optionally) malformed rows of several kinds, whose lines are returned so a test can check
 * every one is reported.
 */
export const generatedHeader = [
  "序号",
  "姓名",
  "身份证号",
  "职业技能等级",
  "证书编号",
  "发证日期",
  "工作单位",
  "所在区",
  "竞赛名称",
  "竞赛级别",
  "竞赛/奖项",
  "名次",
  "荣誉",
  "称号",
];

export type MalformedKind =
  | "column-count"
  | "identity-check"
  | "region"
  | "quote"
  | "level-unknown";

const levels = [
  "初级工",
  "中级工",
  "高级工",
  "技师",
  "高级技师",
  "特级技师",
  "首席技师",
  "四级",
  "三级",
];
const districts = [
  "420102",
  "420103",
  "420104",
  "420105",
  "420106",
  "420107",
  "420111",
  "420112",
  "420113",
  "420114",
  "420115",
  "420116",
  "420117",
  "东西湖区",
];
const medals = ["金牌", "银牌", "铜牌", "优胜奖", ""];
const eventLevels = ["国家级", "省级", "市级", "国际级"];
const honours = [
  "",
  "",
  "",
  "全国技术能手",
  "省技术能手",
  "市技术能手",
  "全国劳动模范、省技术能手",
  "湖北工匠",
];
const titles = [
  "",
  "",
  "",
  "",
  "武汉工匠",
  "武汉市技术能手",
  "临空港工匠",
  "武汉市技能大师、临空港技术能手",
  "武汉市首席技师",
];
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function identityNumber(i: number): string {
  const body = `420106${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, "0")}${String((i % 28) + 1).padStart(2, "0")}${String(i % 1000).padStart(3, "0")}`;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += (body.charCodeAt(k) - 48) * weights[k]!;
  return body + "10X98765432"[sum % 11];
}

/** Deterministic xorshift, so a failing row can be regenerated. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

export interface GeneratedRoster {
  /** CSV lines without their newline; the first is the header */
  lines: Iterable<string>;
  /** line number → kind, for the malformed rows (filled as `lines` is iterated) */
  malformed: Map<number, MalformedKind>;
}

const kinds: MalformedKind[] = [
  "column-count",
  "identity-check",
  "region",
  "quote",
  "level-unknown",
];

export function generateRoster(
  rows: number,
  options: { malformedEvery?: number; seed?: number } = {},
): GeneratedRoster {
  const malformed = new Map<number, MalformedKind>();
  const pick = random(options.seed ?? 17);
  function* lines(): Generator<string> {
    yield generatedHeader.join(",");
    for (let i = 1; i <= rows; i++) {
      const line = i + 1;
      const competes = pick(4) === 0;
      const cells = [
        String(i),
        `职工${i}`,
        identityNumber(i),
        levels[pick(levels.length)]!,
        `S${String(i).padStart(9, "0")}`,
        `20${10 + pick(14)}-0${1 + pick(9)}-1${pick(10)}`,
        `武汉第${pick(50)}机械厂`,
        districts[pick(districts.length)]!,
        competes ? "全国职业技能大赛" : "",
        competes ? eventLevels[pick(eventLevels.length)]! : "",
        competes ? medals[pick(medals.length)]! : "",
        competes ? String(1 + pick(8)) : "",
        honours[pick(honours.length)]!,
        titles[pick(titles.length)]!,
      ];
      const every = options.malformedEvery ?? 0;
      if (every > 0 && i % every === 0) {
        const kind = kinds[(i / every) % kinds.length]!;
        malformed.set(line, kind);
        if (kind === "column-count") cells.pop();
        else if (kind === "identity-check")
          cells[2] = `${cells[2]!.slice(0, 17)}${cells[2]!.endsWith("0") ? "1" : "0"}`;
        else if (kind === "region") cells[7] = "火星区";
        else if (kind === "quote") cells[6] = '"武汉"机械厂';
        else cells[3] = "大师傅";
      }
      yield cells.join(",");
    }
  }
  return { lines: lines(), malformed };
}
