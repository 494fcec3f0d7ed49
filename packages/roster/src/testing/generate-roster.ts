import type { Profile } from "@jiangce/rule-schema";

/**
 * A register as a district exports it, for tests and benchmarks: Chinese headers, valid
 * identity numbers, skill levels, competitions, honours and titles in the words registers use,
 * and (optionally) malformed rows of several kinds, whose lines are returned so a test can
 * check every one is reported. Each choice is drawn with its catalogue value beside its
 * label, so `expected` holds the profile a correct mapping must produce (an independent path).
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

type Choice = [label: string, value: string | null];
const levels: Choice[] = [
  ["初级工", "junior"],
  ["中级工", "intermediate"],
  ["高级工", "senior"],
  ["技师", "technician"],
  ["高级技师", "senior-technician"],
  ["特级技师", "principal-technician"],
  ["首席技师", "chief-technician"],
  ["四级", "intermediate"],
  ["三级", "senior"],
];
const districts: Choice[] = [
  ...[
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
  ].map((c): Choice => [c, c]),
  ["东西湖区", "420112"],
];
const medals: Choice[] = [
  ["金牌", "gold"],
  ["银牌", "silver"],
  ["铜牌", "bronze"],
  ["优胜奖", "excellence"],
  ["", null],
];
const eventLevels: Choice[] = [
  ["国家级", "national"],
  ["省级", "province"],
  ["市级", "city"],
  ["国际级", "international"],
];
const honours: [string, string[]][] = [
  ["", []],
  ["", []],
  ["", []],
  ["全国技术能手", ["national-technical-expert"]],
  ["省技术能手", ["provincial-technical-expert"]],
  ["市技术能手", ["city-technical-expert"]],
  ["全国劳动模范、省技术能手", ["national-model-worker", "provincial-technical-expert"]],
];
const titles: [string, string[]][] = [
  ["", []],
  ["", []],
  ["", []],
  ["", []],
  ["武汉工匠", ["wuhan-craftsman"]],
  ["武汉市技术能手", ["wuhan-technical-expert"]],
  ["临空港工匠", ["linkonggang-craftsman"]],
  ["武汉市技能大师、临空港技术能手", ["wuhan-skill-master", "linkonggang-technical-expert"]],
  ["武汉市首席技师", ["wuhan-chief-technician"]],
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
  /** line number → the profile a correct mapping yields (filled when `expected: true`) */
  expected: Map<number, Profile>;
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
  options: { malformedEvery?: number; seed?: number; expected?: boolean } = {},
): GeneratedRoster {
  const malformed = new Map<number, MalformedKind>();
  const expected = new Map<number, Profile>();
  const pick = random(options.seed ?? 17);
  const one = <T>(list: readonly T[]) => list[pick(list.length)]!;
  function* lines(): Generator<string> {
    yield generatedHeader.join(",");
    for (let i = 1; i <= rows; i++) {
      const line = i + 1;
      const competes = pick(4) === 0;
      const level = one(levels);
      const district = one(districts);
      const medal = competes ? one(medals) : null;
      const eventLevel = competes ? one(eventLevels) : null;
      const rank = competes ? 1 + pick(8) : null;
      const honour = one(honours);
      const title = one(titles);
      const cells = [
        String(i),
        `职工${i}`,
        identityNumber(i),
        level[0],
        `S${String(i).padStart(9, "0")}`,
        `20${10 + pick(14)}-0${1 + pick(9)}-1${pick(10)}`,
        `武汉第${pick(50)}机械厂`,
        district[0],
        competes ? "全国职业技能大赛" : "",
        eventLevel?.[0] ?? "",
        medal?.[0] ?? "",
        rank === null ? "" : String(rank),
        honour[0],
        title[0],
      ];
      const every = options.malformedEvery ?? 0;
      const kind = every > 0 && i % every === 0 ? kinds[(i / every) % kinds.length]! : null;
      if (kind !== null) {
        malformed.set(line, kind);
        if (kind === "column-count") cells.pop();
        else if (kind === "identity-check")
          cells[2] = `${cells[2]!.slice(0, 17)}${cells[2]!.endsWith("0") ? "1" : "0"}`;
        else if (kind === "region") cells[7] = "火星区";
        else if (kind === "quote") cells[6] = '"武汉"机械厂';
        else cells[3] = "大师傅";
      }
      if (options.expected && (kind === null || kind === "level-unknown")) {
        const facts: Record<string, unknown> = {};
        if (kind === null) facts.skillLevel = level[1];
        if (competes) {
          const record: Record<string, unknown> = {
            name: "全国职业技能大赛",
            level: eventLevel![1],
            rank,
          };
          if (medal![1] !== null) record.medal = medal![1];
          facts.competitions = [record];
        }
        if (honour[1].length > 0) facts.honours = honour[1];
        if (title[1].length > 0) facts.titles = title[1];
        expected.set(line, {
          id: `行${line}`,
          kind: "person",
          regionCode: district[1]!,
          name: `职工${i}`,
          facts,
        });
      }
      yield cells.join(",");
    }
  }
  return { lines: lines(), malformed, expected };
}
