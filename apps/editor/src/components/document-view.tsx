import type { Program } from "@jiangce/rule-schema";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo } from "react";
import { programToDoc } from "../document/program-to-doc.ts";

/** The program's text in a read-only tiptap editor (the editing surface comes with authoring). */
export function DocumentView({ program }: { program: Program }) {
  const content = useMemo(() => programToDoc(program), [program]);
  const editor = useEditor({
    extensions: [StarterKit],
    content,
    editable: false,
  });
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(content);
  }, [editor, content]);
  return (
    <div className="doc">
      <EditorContent editor={editor} />
    </div>
  );
}
