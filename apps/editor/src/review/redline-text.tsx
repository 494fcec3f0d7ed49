import type { RouterOutputs } from "../trpc.ts";

type Clause = NonNullable<RouterOutputs["version"]["review"]["diff"]>["clauses"][number];

/**
 * One side of a changed clause with its words marked: 原条文 strikes what was removed,
 * 修改后 marks what was added; `inline` shows both in one text.
 */
export function RedlineText({
  clause,
  side,
}: {
  clause: Clause;
  side: "before" | "after" | "inline";
}) {
  const text = side === "before" ? clause.textBefore : clause.textAfter;
  if (clause.redline.length === 0)
    return (
      <span>
        {(side === "inline" ? (clause.textAfter ?? clause.textBefore) : text) ?? "（无）"}
      </span>
    );
  return (
    <span>
      {clause.redline.map((part, i) => {
        const key = `${i}-${part.kind}`;
        if (part.kind === "same") return <span key={key}>{part.text}</span>;
        if (part.kind === "removed")
          return side === "after" ? null : (
            <del key={key} className="redline-removed">
              {part.text}
            </del>
          );
        return side === "before" ? null : (
          <ins key={key} className="redline-added">
            {part.text}
          </ins>
        );
      })}
    </span>
  );
}
