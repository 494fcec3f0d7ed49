import type { ValidationIssue } from "../errors/validation-issue.ts";

/**
 * Bounds on nesting, checked before anything recursive (zod, the database's JSON parser, the
 * engine's compiler) sees a document. Real programs are about 12 levels deep with conditions
 * nested 3 deep; without a bound a hostile document overflows the stack (a 500) or the
 * database's JSON recursion limit (128 levels).
 */
export const MAX_DOCUMENT_DEPTH = 64;
/** Nested all / any / not / where inside one condition. */
export const MAX_CONDITION_DEPTH = 16;

const CONDITION_KEYS = new Set(["all", "any", "not", "where"]);

export interface NestingLimits {
  document?: number;
  condition?: number;
}

export interface NestingIssue extends ValidationIssue {
  /** the same path as parts (array indexes are numbers), for zod issues */
  pathParts: (string | number)[];
}

interface Node {
  value: unknown;
  key: string | number | null;
  parent: Node | null;
  depth: number;
  conditionDepth: number;
}

function partsOf(node: Node): (string | number)[] {
  const parts: (string | number)[] = [];
  for (let n: Node | null = node; n !== null && n.key !== null; n = n.parent) parts.push(n.key);
  return parts.reverse();
}

/**
 * The first place (depth first, in document order) where the document nests containers deeper
 * than `document` levels, or conditions deeper than `condition` levels. Iterative, so any depth
 * is measured without recursion; undefined when within bounds.
 */
export function findExcessiveNesting(
  input: unknown,
  limits: NestingLimits = {},
): NestingIssue | undefined {
  const maxDepth = limits.document ?? MAX_DOCUMENT_DEPTH;
  const maxCondition = limits.condition ?? MAX_CONDITION_DEPTH;
  const stack: Node[] = [{ value: input, key: null, parent: null, depth: 0, conditionDepth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value !== "object" || node.value === null) continue;
    const depth = node.depth + 1;
    if (depth > maxDepth) {
      return issue(
        node,
        `内容嵌套过深（超过${maxDepth}层）：请检查此处是否误把内容层层套叠，或把条件整理得更扁平`,
        "nesting_too_deep",
      );
    }
    if (node.conditionDepth > maxCondition) {
      return issue(
        node,
        `条件嵌套过深（超过${maxCondition}层 all/any/not/where）：请把条件整理为较浅的 all/any 组合`,
        "condition_too_deep",
      );
    }
    // Only containers go on the stack (most values are strings), last child first so the first
    // is visited first: issues come in document order.
    const value = node.value as Record<string, unknown> | unknown[];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child = value[i];
        if (typeof child === "object" && child !== null)
          stack.push({
            value: child,
            key: i,
            parent: node,
            depth,
            conditionDepth: node.conditionDepth,
          });
      }
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child = value[key];
        if (typeof child !== "object" || child === null) continue;
        const conditionDepth = node.conditionDepth + (CONDITION_KEYS.has(key) ? 1 : 0);
        stack.push({ value: child, key, parent: node, depth, conditionDepth });
      }
    }
  }
  return undefined;
}

function issue(node: Node, message: string, code: string): NestingIssue {
  const pathParts = partsOf(node);
  return { path: pathParts.join("."), pathParts, message, code };
}
