import type { MoneyToken } from "./money-tokens.ts";

/**
 * Labels for the rungs of a tiered amount, as the sentence names them:
 * - quoted titles before 分别: “武汉市技术能手”“武汉市技能大师”… 分别给予5000元、1万元…
 * - an enumeration before 分别: 对衢州大工匠、衢州杰出工匠…分别给予; 获得金、银、铜牌和优胜奖的
 * - a name right before each amount: 按中级工3000元/生、高级工5000元/生
 * Returns undefined when the sentence does not name as many rungs as there are amounts.
 */
export function readTierLabels(sentence: string, tokens: MoneyToken[]): string[] | undefined {
  const n = tokens.length;
  const first = tokens[0];
  if (!first) return undefined;
  const each = tokens.map((t, i) => {
    const from = i === 0 ? Math.max(0, t.start - 12) : (tokens[i - 1] as MoneyToken).end;
    const before = sentence.slice(from, t.start);
    const cut = Math.max(...[..."、，,：:；按照对为"].map((c) => before.lastIndexOf(c)));
    return clean(before.slice(cut + 1));
  });
  // a name before each amount (中级工3000元/生); not the verb or connector (分别给予50万元和20万元)
  if (
    each.every(
      (l) => l.length >= 2 && !/^(?:每|最高|不超过|一次性)|给予|分别|^(?:和|及|与|或)/.test(l),
    )
  )
    return each.map((l) => l.replace(/(?:的标准|标准)$/, ""));

  const split = sentence.lastIndexOf("分别", first.start);
  const head = sentence.slice(0, split >= 0 ? split : first.start);
  const quoted = [...head.matchAll(/[“"]([^”"]{1,20})[”"]/g)].map((m) => m[1] ?? "");
  if (quoted.length === n) return quoted;

  // the enumeration after the last comma, else after 对 (对新引进的高级技师、技师，3年内分别…)
  for (const from of [head.lastIndexOf("，", head.length - 2), head.lastIndexOf("对")]) {
    const labels = enumerated(head.slice(from + 1), n);
    if (labels) return labels;
  }
  return undefined;
}

function enumerated(head: string, n: number): string[] | undefined {
  const pieces = head.split(/、|和|及|与|或/);
  if (pieces.length < n) return undefined;
  const chosen = pieces.slice(-n);
  const firstPiece = chosen[0] ?? "";
  const lead = Math.max(
    ...["的", "为", "取得", "获得", "获评", "列入", "入选", "被", "在", "上", "对"].map((w) =>
      lastEnd(firstPiece, w),
    ),
  );
  chosen[0] = firstPiece.slice(lead);
  // 技师、高级技师职业资格证书的…: the qualifier after the last name belongs to all of them
  chosen[n - 1] = (chosen[n - 1] ?? "")
    .replace(/[的，,].*$/, "")
    .replace(/(?:职业资格|职业技能等级|等级|证书|称号|荣誉)+$/, "");
  const labels = sharedSuffix(chosen.map(clean));
  return labels.every((l) => l.length > 0 && l.length <= 30) ? labels : undefined;
}

/** 一、二、三等奖 → 一等奖、二等奖、三等奖; 金、银、铜牌 → 金牌、银牌、铜牌 */
function sharedSuffix(labels: string[]): string[] {
  const last = labels.at(-1) ?? "";
  const middle = labels.slice(1, -1);
  if (labels.length < 3 || last.length < 2 || !middle.every((l) => l.length === 1)) return labels;
  const suffix = last.slice(1);
  const first = (labels[0] ?? "").slice(-1);
  return [`${first}${suffix}`, ...middle.map((l) => `${l}${suffix}`), last];
}

function lastEnd(text: string, word: string): number {
  let at = text.lastIndexOf(word);
  // 获得者 is a noun (中华技能大奖获得者), not the verb 获得
  if (word === "获得" && text.startsWith("获得者", at)) at = text.lastIndexOf(word, at - 1);
  return at < 0 ? 0 : at + word.length;
}

function clean(label: string): string {
  return label.replace(/^[\s“”"（(]+|[\s“”"，,。：:）)]+$/g, "").trim();
}
