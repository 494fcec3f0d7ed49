import type { Program } from "@jiangce/rule-schema";
import { type Ref, useRef } from "react";
import { ProgramDocument, type ProgramDocumentHandle } from "../document/index.ts";
import { BlockList, freshBlock } from "./block-list.tsx";
import { idsIn, setIn } from "./draft-model.ts";
import { type Problem, problemsAt } from "./problems.ts";
import { type BlockKind, fromBlockRef, type Selection, toBlockRef } from "./selection.ts";

/**
 * The program as a document (editor-doc's ProgramDocument, edited in place), with the blocks of
 * the current clause above it: select one for the inspector, add or remove one.
 */
export function DocumentPane({
  program,
  problems,
  selected,
  editable,
  onSelect,
  onChange,
  documentRef,
}: {
  program: Program;
  problems: readonly Problem[];
  selected: Selection;
  editable: boolean;
  onSelect: (s: Selection) => void;
  onChange: (p: Program) => void;
  documentRef: Ref<ProgramDocumentHandle>;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const clauseIndex =
    selected.kind === "clause" || selected.kind === "block"
      ? program.clauses.findIndex((c) => c.id === selected.clauseId)
      : -1;
  const clause = clauseIndex >= 0 ? program.clauses[clauseIndex] : undefined;

  const addBlock = (kind: BlockKind) => {
    if (!clause) return;
    const block = freshBlock(kind, clause, idsIn(program));
    onChange(setIn(program, ["clauses", clauseIndex, kind], [...clause[kind], block]));
    onSelect({ kind: "block", clauseId: clause.id, list: kind, index: clause[kind].length });
  };
  const removeBlock = (kind: BlockKind, index: number) => {
    if (!clause) return;
    onChange(
      setIn(
        program,
        ["clauses", clauseIndex, kind],
        clause[kind].filter((_, i) => i !== index),
      ),
    );
    onSelect({ kind: "clause", clauseId: clause.id });
  };

  return (
    <div className="document-pane" ref={frame}>
      <section className="clause-blocks-bar" aria-label="当前条款的结构化内容">
        {clause ? (
          <>
            <span className="muted">
              {[clause.citation, clause.heading].filter(Boolean).join(" ") || "当前条款"}：
            </span>
            <BlockList
              clause={clause}
              selected={selected}
              editable={editable}
              errorsAt={(list, index) =>
                problemsAt(problems, `clauses.${clauseIndex}.${list}.${index}`).filter(
                  (p) => p.severity === "error",
                ).length
              }
              onSelect={onSelect}
              onAdd={addBlock}
              onRemove={removeBlock}
            />
          </>
        ) : (
          <span className="muted">
            在正文或大纲中选择一个条款，即可在此添加待遇、非资金待遇或目标。
          </span>
        )}
      </section>
      <ProgramDocument
        ref={documentRef}
        program={program}
        editable={editable}
        onChange={onChange}
        selected={toBlockRef(selected)}
        onSelect={(ref) => {
          // only where the drafter put the cursor: a selection moved by an outside edit
          // (the inspector typing into the text) must not take the inspector away
          if (frame.current?.contains(document.activeElement)) onSelect(fromBlockRef(ref));
        }}
      />
    </div>
  );
}
