import type { Benefit, Clause, Target, Treatment } from "@jiangce/rule-schema";
import { Button, Space, Tag } from "antd";
import { declareHandled } from "../inspector/handled-paths.ts";
import { freshId } from "./draft-model.ts";
import type { BlockKind, Selection } from "./selection.ts";

// the clause's block lists are edited here: blocks are added and removed in the document
declareHandled("clauses[]", ["benefits", "treatments", "targets"] as const);

const TITLES: Record<BlockKind, string> = {
  benefits: "待遇",
  treatments: "非资金待遇",
  targets: "目标",
};

export function freshBlock(
  kind: BlockKind,
  clause: Clause,
  taken: string[],
): Benefit | Treatment | Target {
  const id = freshId(
    kind === "benefits" ? "benefit" : kind === "treatments" ? "treatment" : "target",
    taken,
  );
  if (kind === "benefits")
    return {
      id,
      matter: id,
      label: "",
      recipient: "person",
      payer: "government",
      period: "once",
      amount: { kind: "fixed", fen: 0 },
    };
  if (kind === "treatments")
    return { id, kind: "other", label: "", recipient: "person", encouragedOnly: false };
  return { id, label: clause.heading ?? "", comparator: "at-least", perYear: false };
}

/** The structured blocks of a clause as chips in the document: select, add, remove. */
export function BlockList({
  clause,
  selected,
  editable,
  errorsAt,
  onSelect,
  onAdd,
  onRemove,
}: {
  clause: Clause;
  selected: Selection;
  editable: boolean;
  errorsAt: (list: BlockKind, index: number) => number;
  onSelect: (s: Selection) => void;
  onAdd: (kind: BlockKind) => void;
  onRemove: (kind: BlockKind, index: number) => void;
}) {
  return (
    <div className="block-list">
      {(["benefits", "treatments", "targets"] as const).flatMap((list) =>
        clause[list].map((block, index) => {
          const isSelected =
            selected.kind === "block" &&
            selected.clauseId === clause.id &&
            selected.list === list &&
            selected.index === index;
          const errors = errorsAt(list, index);
          return (
            <Tag
              key={`${list}-${block.id}`}
              className={`block-chip ${isSelected ? "selected" : ""}`}
              color={
                errors > 0
                  ? "error"
                  : list === "benefits"
                    ? "gold"
                    : list === "treatments"
                      ? "purple"
                      : "cyan"
              }
              closable={editable}
              onClose={(e) => {
                e.preventDefault();
                onRemove(list, index);
              }}
              onClick={(e) => {
                e.stopPropagation();
                onSelect({ kind: "block", clauseId: clause.id, list, index });
              }}
            >
              {TITLES[list]}：{block.label || "（未命名）"}
              {errors > 0 && `（${errors}个问题）`}
            </Tag>
          );
        }),
      )}
      {editable && (
        <Space size={4} className="block-add">
          {(["benefits", "treatments", "targets"] as const).map((kind) => (
            <Button
              key={kind}
              size="small"
              type="dashed"
              onClick={(e) => {
                e.stopPropagation();
                onAdd(kind);
              }}
            >
              添加{TITLES[kind]}
            </Button>
          ))}
        </Space>
      )}
    </div>
  );
}
