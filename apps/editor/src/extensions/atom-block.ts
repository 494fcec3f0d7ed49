// A structured block inside the prose (benefit, treatment, target…): an atom whose data lives
// in one `data` attribute, shown by a React node view, selected by a click, edited elsewhere
// (the inspector). Its HTML form carries the JSON so copy and paste keep the data.
import { Node } from "@tiptap/core";
import { type ReactNodeViewProps, ReactNodeViewRenderer } from "@tiptap/react";
import type { ComponentType } from "react";

export interface AtomBlockOptions {
  name: string;
  /** the tag of the HTML form, also used by parseHTML */
  tag: string;
  view: ComponentType<ReactNodeViewProps>;
}

export function atomBlock({ name, tag, view }: AtomBlockOptions) {
  return Node.create({
    name,
    atom: true,
    selectable: true,
    draggable: false,
    isolating: true,
    addAttributes() {
      return {
        data: {
          default: null,
          parseHTML: (element: HTMLElement) => {
            const raw = element.getAttribute("data-json");
            return raw ? JSON.parse(raw) : null;
          },
          renderHTML: (attrs: { data?: unknown }) => ({ "data-json": JSON.stringify(attrs.data) }),
        },
      };
    },
    parseHTML() {
      return [{ tag: `${tag}[data-json]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, { ...HTMLAttributes, "data-block": name }];
    },
    addNodeView() {
      return ReactNodeViewRenderer(view, { as: "div", className: `block block-${name}` });
    },
  });
}
