import { useEffect, useMemo, useRef } from "react";
import { cutText, type MarkedSpan } from "./text-marks.ts";

export type MarkState = "accepted" | "edited" | "rejected" | "undecided" | "unread";

/**
 * The imported text with every proposal's source span marked (by the drafter's decision) and
 * the unread stretches underlined. The current proposal is highlighted and scrolled into view;
 * a click on marked words selects the innermost proposal there.
 */
export function SourceText({
  text,
  spans,
  stateOf,
  current,
  onSelect,
}: {
  text: string;
  spans: readonly MarkedSpan[];
  stateOf: (id: string) => MarkState;
  current?: string;
  onSelect: (id: string) => void;
}) {
  const pieces = useMemo(() => cutText(text.length, spans), [text, spans]);
  const pane = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!current) return;
    const first = pane.current?.querySelector(`[data-ids~="${current}"]`);
    first?.scrollIntoView({ block: "center" });
  }, [current]);

  return (
    <section className="import-text" ref={pane} aria-label="原文">
      {pieces.map((piece) => {
        const words = text.slice(piece.start, piece.end);
        const top = piece.ids[0];
        if (!top) return <span key={piece.start}>{words}</span>;
        const isCurrent = current !== undefined && piece.ids.includes(current);
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the proposal list is the keyboard path
          <mark
            key={piece.start}
            data-ids={piece.ids.join(" ")}
            className={`span-${stateOf(top)}${isCurrent ? " is-current" : ""}`}
            onClick={() => onSelect(top)}
          >
            {words}
          </mark>
        );
      })}
    </section>
  );
}
