// Prose and data agree: the quote follows edits of its sentence, and an amount the sentence
// writes that the benefit's data lacks is marked on both ("正文为3万元，数据为2万元").
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { clauseMismatches } from "../../document/prose-data.ts";
import { quoteBinding } from "./quote-binding.ts";

function decorate(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((clause, clausePos) => {
    if (clause.type.name !== "clause") return;
    const benefits: { pos: number; node: PMNode }[] = [];
    const paragraphs: { pos: number; node: PMNode }[] = [];
    clause.forEach((child, offset) => {
      const pos = clausePos + 1 + offset;
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
      decorations.push(
        Decoration.node(block.pos, block.pos + block.node.nodeSize, {
          class: "prose-data-mismatch",
          "data-mismatch": m.message,
        }),
      );
      const quote: string = block.node.attrs.data.quote;
      for (const p of paragraphs) {
        const text = p.node.textContent;
        const at = text.indexOf(quote);
        const within = at < 0 ? -1 : text.indexOf(m.proseText, at);
        if (within < 0) continue;
        decorations.push(
          Decoration.inline(p.pos + 1 + within, p.pos + 1 + within + m.proseText.length, {
            class: "prose-data-mismatch-text",
            title: m.message,
          }),
        );
        break;
      }
    }
  });
  return DecorationSet.create(doc, decorations);
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
