// The Ctrl+F panel: type to highlight every match, Enter / Shift+Enter (or the buttons) to
// step through them, Esc to close.
import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { type FindState, findKey } from "../extensions/find/index.ts";

export function FindPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [state, setState] = useState<FindState>({ query: "", matches: [], current: 0 });

  useEffect(() => {
    input.current?.focus();
    const read = () => setState(findKey.getState(editor.state) as FindState);
    editor.on("transaction", read);
    return () => {
      editor.off("transaction", read);
      editor.commands.clearFind();
    };
  }, [editor]);

  // the editor does not scroll to a selection while focus is in this panel: scroll here
  useEffect(() => {
    if (!state.matches.length) return;
    editor.view.dom.querySelector(".find-match.is-current")?.scrollIntoView({ block: "center" });
  }, [editor, state]);

  const total = state.matches.length;
  return (
    <search className="find-panel">
      <input
        ref={input}
        aria-label="查找"
        placeholder="查找正文"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          editor.commands.setFindQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            if (e.shiftKey) editor.commands.findPrevious();
            else editor.commands.findNext();
          } else if (e.key === "Escape") {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count">
        {query ? (total ? `第 ${state.current + 1} / ${total} 处` : "无匹配") : ""}
      </span>
      <button type="button" onClick={() => editor.commands.findPrevious()} disabled={!total}>
        上一个
      </button>
      <button type="button" onClick={() => editor.commands.findNext()} disabled={!total}>
        下一个
      </button>
      <button type="button" onClick={onClose} aria-label="关闭查找">
        关闭
      </button>
    </search>
  );
}
