import type { Program } from "@jiangce/rule-schema";
import { Badge, Button, Empty } from "antd";
import { BlockList, freshBlock } from "./block-list.tsx";
import { idsIn, setIn } from "./draft-model.ts";
import { type Problem, problemsAt } from "./problems.ts";
import type { BlockKind, Selection } from "./selection.ts";

/**
 * The program as a document: title, preamble, each clause with its text and its structured
 * blocks. Clicking selects what the inspector shows. (The tiptap document of branch editor-doc
 * replaces the clause texts here when it lands; selection and blocks keep this contract.)
 */
export function DocumentPane({
  program,
  problems,
  selected,
  onSelect,
  onChange,
  onAddClause,
}: {
  program: Program;
  problems: readonly Problem[];
  selected: Selection;
  onSelect: (s: Selection) => void;
  onChange: (p: Program) => void;
  onAddClause: () => void;
}) {
  const addBlock = (c: number, kind: BlockKind) => {
    const clause = program.clauses[c];
    if (!clause) return;
    const block = freshBlock(kind, clause, idsIn(program));
    onChange(setIn(program, ["clauses", c, kind], [...clause[kind], block]));
    onSelect({ kind: "block", clauseId: clause.id, list: kind, index: clause[kind].length });
  };
  const removeBlock = (c: number, kind: BlockKind, index: number) => {
    const clause = program.clauses[c];
    if (!clause) return;
    onChange(
      setIn(
        program,
        ["clauses", c, kind],
        clause[kind].filter((_, i) => i !== index),
      ),
    );
    onSelect({ kind: "clause", clauseId: clause.id });
  };
  return (
    <article className="document-pane">
      <h1 className={`doc-title ${selected.kind === "program" ? "selected" : ""}`}>
        <button
          type="button"
          className="select-button"
          onClick={() => onSelect({ kind: "program" })}
        >
          {program.title || "（未命名方案）"}
        </button>
      </h1>
      {program.preamble && <p className="preamble">{program.preamble}</p>}
      {program.clauses.length === 0 && <Empty description="还没有条款，点击下方按钮添加第一条" />}
      {program.clauses.map((clause, c) => {
        const here = problemsAt(problems, `clauses.${c}`).filter(
          (p) => p.severity === "error",
        ).length;
        const isSelected = selected.kind === "clause" && selected.clauseId === clause.id;
        return (
          <section
            key={clause.id}
            id={`clause-${clause.id}`}
            className={`doc-clause ${isSelected ? "selected" : ""}`}
          >
            <h3>
              <Badge count={here} size="small" offset={[8, -4]}>
                <button
                  type="button"
                  className="select-button"
                  onClick={() => onSelect({ kind: "clause", clauseId: clause.id })}
                >
                  {[clause.citation, clause.heading].filter(Boolean).join(" ") || "（新条款）"}
                </button>
              </Badge>
            </h3>
            <p className={clause.text ? "clause-text" : "clause-text empty"}>
              {clause.text || "（请在右侧填写条款原文）"}
            </p>
            <BlockList
              clause={clause}
              selected={selected}
              errorsAt={(list, index) =>
                problemsAt(problems, `clauses.${c}.${list}.${index}`).filter(
                  (p) => p.severity === "error",
                ).length
              }
              onSelect={onSelect}
              onAdd={(kind) => addBlock(c, kind)}
              onRemove={(kind, index) => removeBlock(c, kind, index)}
            />
          </section>
        );
      })}
      <Button type="dashed" block onClick={onAddClause}>
        添加条款
      </Button>
      {program.closing && <p className="closing">{program.closing}</p>}
    </article>
  );
}
