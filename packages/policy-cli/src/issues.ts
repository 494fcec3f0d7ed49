import type { ValidationIssue } from "@jiangce/rule-schema";

/** "clauses.3.benefits.0.amount.fen" → "$.clauses[3].benefits[0].amount.fen" */
export function jsonPath(path: string): string {
  if (path === "") return "$";
  return `$${path
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join("")}`;
}

/**
 * What to do about an issue, where the message alone may not say it (zod's generic
 * messages). Schema messages already written as instructions get no extra hint.
 */
function hint(issue: ValidationIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return "请删除该字段，或检查字段名拼写（字段名区分大小写）";
    case "invalid_type":
      return issue.message.includes("undefined") ? "请补充这个必填字段" : "请改为要求的类型";
    case "invalid_value":
    case "invalid_enum_value":
      return "请改为列出的可选值之一";
    case "too_small":
      return "请补充内容或增大数值";
    case "too_big":
      return "请减少内容或减小数值";
    case "invalid_format":
      return "请按要求的格式填写";
    case "unknown_fact":
      return "";
    default:
      return "";
  }
}

/** zod's own (generic, zh-CN locale) messages say what is wrong but not what to do. */
const generic = /^(无效|出现未知|数值过|过小|过大|字符串过|数组过)/;

/** One line per issue: the JSON path, then what is wrong and how to fix it. */
export function formatIssue(issue: ValidationIssue): string {
  const extra = generic.test(issue.message) ? hint(issue) : "";
  return `${jsonPath(issue.path)}：${issue.message}${extra ? `。${extra}` : ""}`;
}
