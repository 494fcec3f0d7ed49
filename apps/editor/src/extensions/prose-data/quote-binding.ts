// The granting sentence stays bound to its block: when the drafter edits inside a quoted
// sentence, the quote of the benefit (treatment, target) follows the edit instead of going
// stale, so "10万元" typed over as "12万元" becomes a visible prose/data mismatch.
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";

export function clauseText(clause: PMNode): string {
  const lines: string[] = [];
  clause.forEach((child) => {
    if (child.type.name === "paragraph") lines.push(child.textContent);
  });
  return lines.join("\n");
}

/** Where `quote` lies in `before`, followed through the single edit that made `after`. */
export function followQuote(before: string, after: string, quote: string): string | null {
  const at = before.indexOf(quote);
  if (at < 0 || after.includes(quote)) return null;
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const editStart = prefix;
  const editEnd = before.length - suffix;
  const quoteEnd = at + quote.length;
  if (editEnd < at || editStart > quoteEnd) return null;
  const start = Math.min(at, editStart);
  const end = editEnd > quoteEnd ? after.length - suffix : quoteEnd + after.length - before.length;
  const followed = after.slice(start, end);
  return followed.trim() ? followed : null;
}

const quoted = new Set(["benefit", "treatment", "target"]);

function rebind(tr: Transaction, oldClause: PMNode, clause: PMNode, clausePos: number) {
  const before = clauseText(oldClause);
  const after = clauseText(clause);
  if (before === after) return;
  clause.forEach((child, offset) => {
    const quote = child.attrs.data?.quote;
    if (!quoted.has(child.type.name) || typeof quote !== "string") return;
    const next = followQuote(before, after, quote);
    if (next !== null)
      tr.setNodeMarkup(clausePos + 1 + offset, undefined, {
        ...child.attrs,
        data: { ...child.attrs.data, quote: next },
      });
  });
}

export const quoteBinding = new Plugin({
  key: new PluginKey("quoteBinding"),
  appendTransaction(transactions, oldState, state) {
    if (!transactions.some((t) => t.docChanged) || transactions.some((t) => t.getMeta("sync")))
      return null;
    const old = new Map<string, PMNode>();
    oldState.doc.forEach((node) => {
      if (node.type.name === "clause") old.set(node.attrs.id, node);
    });
    const tr = state.tr;
    state.doc.forEach((node, pos) => {
      const before = node.type.name === "clause" ? old.get(node.attrs.id) : undefined;
      if (before && before !== node) rebind(tr, before, node, pos);
    });
    return tr.docChanged ? tr : null;
  },
});
