// Prose and data agree: the quote follows edits of its sentence, and an amount the sentence
// writes that the benefit's data lacks is marked on both ("正文为3万元，数据为2万元").
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { clauseMismatches } from "../../document/prose-data.ts";
import { quoteBinding } from "./quote-binding.ts";

// flags of one clause, offsets relative to the clause: unchanged clauses are not re-read
type Flag = { from: number; to: number; attrs: Record<string, string>; inline: boolean };
const flagsOf = new WeakMap<PMNode, Flag[]>();

function decorate(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((clause, clausePos) => {
    if (clause.type.name !== "clause") return;
    let flags = flagsOf.get(clause);
    if (!flags) {
      flags = clauseFlags(clause);
      flagsOf.set(clause, flags);
    }
    for (const f of flags)
      decorations.push(
        f.inline
          ? Decoration.inline(clausePos + f.from, clausePos + f.to, f.attrs)
          : Decoration.node(clausePos + f.from, clausePos + f.to, f.attrs),
      );
  });
  return DecorationSet.create(doc, decorations);
}

function clauseFlags(clause: PMNode): Flag[] {
  const out: Flag[] = [];
  const benefits: { pos: number; node: PMNode }[] = [];
  const paragraphs: { pos: number; node: PMNode }[] = [];
  clause.forEach((child, offset) => {
    const pos = 1 + offset;
    if (child.type.name === "benefit") benefits.push({ pos, node: child });
    if (child.type.name === "paragraph") paragraphs.push({ pos, node: child });
  });
  const found = clauseMismatches({
    id: clause.attrs.id,
    benefits: benefits.map((b) => b.node.attrs.data),
  });
  for (const m of found) {
    const block = benefits[m.benefitIndex];
    if (!block) continue;
    out.push({
      from: block.pos,
      to: block.pos + block.node.nodeSize,
      attrs: { class: "prose-data-mismatch", "data-mismatch": m.message },
      inline: false,
    });
    const quote: string = block.node.attrs.data.quote;
    for (const p of paragraphs) {
      const text = p.node.textContent;
      const at = text.indexOf(quote);
      const within = at < 0 ? -1 : text.indexOf(m.proseText, at);
      if (within < 0) continue;
      out.push({
        from: p.pos + 1 + within,
        to: p.pos + 1 + within + m.proseText.length,
        attrs: { class: "prose-data-mismatch-text", title: m.message },
        inline: true,
      });
      break;
    }
  }
  return out;
}

const flagsKey = new PluginKey<DecorationSet>("proseDataFlags");

export const ProseData = Extension.create({
  name: "proseData",
  addProseMirrorPlugins() {
    return [
      quoteBinding,
      new Plugin<DecorationSet>({
        key: flagsKey,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (tr, set) => (tr.docChanged ? decorate(tr.doc) : set),
        },
        props: { decorations: (state) => flagsKey.getState(state) },
      }),
    ];
  },
});
