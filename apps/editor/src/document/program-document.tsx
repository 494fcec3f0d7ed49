// The editable program document. Every edit emits a new Program (no debounce here); a program
// changed from outside (the inspector) is merged in by replacing only what differs, so the
// cursor stays where the drafter left it.
import type { Program } from "@jiangce/rule-schema";
import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { EditorContent, useEditor } from "@tiptap/react";
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { programExtensions } from "../extensions/index.ts";
import { type BlockRef, refForPath, sameRef } from "./block-ref.ts";
import { programOfNode } from "./doc-to-program.ts";
import { FindPanel } from "./find-panel.tsx";
import { flaggedKeys, followHeadings, indent, outdent, renumber } from "./outline.ts";
import { posOfRef, refAtSelection, selectionForRef } from "./positions.ts";
import { programToDoc } from "./program-to-doc.ts";
import { syncTransaction } from "./sync.ts";
import "./program-document.css";

export interface ProgramDocumentProps {
  program: Program;
  onChange: (program: Program) => void;
  selected?: BlockRef | null;
  onSelect?: (ref: BlockRef) => void;
  editable?: boolean;
}

export interface ProgramDocumentHandle {
  /** Scroll to and select a block, or the block a validation path ("clauses.2.benefits.0.quote") points into. */
  scrollTo: (target: BlockRef | string | (string | number)[]) => void;
  undo: () => void;
  redo: () => void;
  openFind: () => void;
  /** Make the clause the last item of the one before it (Mod-] or Alt-Shift-→ at the cursor). */
  indentClause: (clauseId: string) => void;
  /** Make the clause the next item of its parent (Mod-[ or Alt-Shift-← at the cursor). */
  outdentClause: (clauseId: string) => void;
  editor: Editor | null;
}

// stable across renders: useEditor reconfigures the editor when these change identity
const extensions = programExtensions();
const editorProps = { attributes: { class: "program-document", "aria-label": "方案正文" } };

const shape = (p: Program) =>
  p.clauses
    .map((c) => `${c.id}\u0000${c.heading ?? ""}\u0000${c.sectionPath.join("/")}`)
    .join("\u0001");

/** The program read from the document, with headings followed and clauses renumbered when its structure changed. */
function numbered(previous: Program, read: Program): Program {
  const followed = followHeadings(previous, read);
  return shape(followed) === shape(previous) ? followed : renumber(followed, flaggedKeys(previous));
}

/** Put derived citations and section paths back on the clause nodes (not an undo step). */
function writeNumbering(editor: Editor, program: Program) {
  if (editor.isDestroyed) return;
  const byId = new Map(program.clauses.map((c) => [c.id, c]));
  const tr = editor.state.tr;
  editor.state.doc.forEach((node, pos) => {
    const clause = node.type.name === "clause" ? byId.get(node.attrs.id) : undefined;
    if (!clause) return;
    if (
      clause.citation !== node.attrs.citation ||
      JSON.stringify(clause.sectionPath) !== JSON.stringify(node.attrs.sectionPath)
    )
      tr.setNodeMarkup(pos, undefined, {
        ...node.attrs,
        citation: clause.citation,
        sectionPath: clause.sectionPath,
      });
  });
  if (tr.docChanged) editor.view.dispatch(tr.setMeta("sync", true).setMeta("addToHistory", false));
}

export const ProgramDocument = forwardRef<ProgramDocumentHandle, ProgramDocumentProps>(
  function ProgramDocument({ program, onChange, selected, onSelect, editable = true }, ref) {
    const emitted = useRef<Program>(program);
    const lastRef = useRef<BlockRef | null>(null);
    const handlers = useRef({ onChange, onSelect });
    handlers.current = { onChange, onSelect };
    const [finding, setFinding] = useState(false);
    const [initial] = useState(() => programToDoc(program));

    const editor = useEditor({
      extensions,
      content: initial,
      editable,
      shouldRerenderOnTransaction: false,
      editorProps,
      onCreate({ editor: ed }) {
        // the cursor starts in the title, not on the program information block before it
        const title = ed.state.doc.firstChild?.nodeSize ?? 0;
        const selection = TextSelection.near(ed.state.doc.resolve(title + 1));
        ed.view.dispatch(ed.state.tr.setSelection(selection).setMeta("addToHistory", false));
      },
      onUpdate({ editor: ed, transaction }) {
        if (transaction.getMeta("sync") || !transaction.docChanged) return;
        const read = programOfNode(ed.state.doc);
        const next = numbered(emitted.current, read);
        emitted.current = next;
        if (next !== read) queueMicrotask(() => writeNumbering(ed, next));
        handlers.current.onChange(next);
      },
      onSelectionUpdate({ editor: ed }) {
        const current = refAtSelection(ed.state);
        if (sameRef(current, lastRef.current)) return;
        lastRef.current = current;
        handlers.current.onSelect?.(current);
      },
    });

    // an outside edit (inspector, conflict resolution) arrives as a new program
    useEffect(() => {
      if (!editor || editor.isDestroyed || program === emitted.current) return;
      emitted.current = program;
      const tr = syncTransaction(editor.state, program);
      if (tr) editor.view.dispatch(tr);
    }, [editor, program]);

    useEffect(() => {
      // setEditable emits an update by default: that would report an edit nobody made
      if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
    }, [editor, editable]);

    // the selection asked for from outside (outline, problems panel)
    useEffect(() => {
      if (!editor || editor.isDestroyed || !selected || sameRef(selected, lastRef.current)) return;
      const selection = selectionForRef(editor.state, selected);
      if (!selection) return;
      lastRef.current = selected;
      editor.view.dispatch(editor.state.tr.setSelection(selection));
    }, [editor, selected]);

    /** An outline operation on the clause at the cursor, written into the document at once. */
    const restructure = (operation: (program: Program, key: string) => Program, key?: string) => {
      if (!editor || editor.isDestroyed) return;
      const target = key ?? editor.state.selection.$from.node(1)?.attrs.id;
      if (typeof target !== "string") return;
      const next = operation(emitted.current, target);
      if (next === emitted.current) return;
      const tr = syncTransaction(editor.state, next);
      emitted.current = next;
      if (tr) editor.view.dispatch(tr);
      handlers.current.onChange(next);
    };

    useImperativeHandle(
      ref,
      () => ({
        editor,
        scrollTo(target) {
          if (!editor) return;
          const blockRef =
            typeof target === "string" || Array.isArray(target)
              ? refForPath(programOfNode(editor.state.doc), target)
              : target;
          const pos = posOfRef(editor.state.doc, blockRef);
          if (pos === null) return;
          const selection = selectionForRef(editor.state, blockRef);
          if (selection) editor.view.dispatch(editor.state.tr.setSelection(selection));
          const dom = editor.view.nodeDOM(pos);
          if (dom instanceof HTMLElement) dom.scrollIntoView({ block: "center" });
        },
        undo: () => editor?.commands.undo(),
        redo: () => editor?.commands.redo(),
        openFind: () => setFinding(true),
        indentClause: (clauseId) => restructure(indent, clauseId),
        outdentClause: (clauseId) => restructure(outdent, clauseId),
      }),
      [editor],
    );

    return (
      <div
        className="program-document-frame"
        onKeyDownCapture={(e) => {
          const mod = e.ctrlKey || e.metaKey;
          if (mod && e.key.toLowerCase() === "f") {
            e.preventDefault();
            setFinding(true);
          } else if ((mod && e.key === "]") || (e.altKey && e.shiftKey && e.key === "ArrowRight")) {
            e.preventDefault();
            restructure(indent);
          } else if ((mod && e.key === "[") || (e.altKey && e.shiftKey && e.key === "ArrowLeft")) {
            e.preventDefault();
            restructure(outdent);
          }
        }}
      >
        {editor && finding && <FindPanel editor={editor} onClose={() => setFinding(false)} />}
        <EditorContent editor={editor} />
      </div>
    );
  },
);
