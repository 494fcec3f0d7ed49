// The imported text cut at every span boundary, so each piece knows which proposals (and which
// unread stretches) cover it. Linear in text + spans × pieces covered; pieces are rendered as-is.
import type { Span } from "@jiangce/policy-import";

export interface MarkedSpan extends Span {
  /** proposal id, or "u3" for the fourth unread span */
  id: string;
}

export interface Piece {
  start: number;
  end: number;
  /** ids covering the piece, innermost (shortest span) first */
  ids: string[];
}

export function cutText(length: number, spans: readonly MarkedSpan[]): Piece[] {
  const bounds = new Set<number>([0, length]);
  for (const s of spans) {
    if (s.end <= s.start) continue;
    bounds.add(Math.max(0, Math.min(length, s.start)));
    bounds.add(Math.max(0, Math.min(length, s.end)));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++)
    pieces.push({ start: cuts[i] ?? 0, end: cuts[i + 1] ?? 0, ids: [] });
  const byLength = [...spans].sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const s of byLength) {
    // pieces are sorted by start: find the first inside the span, walk while inside
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pieces[mid]?.start ?? 0) < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < pieces.length && (pieces[i]?.end ?? 0) <= s.end; i++)
      pieces[i]?.ids.push(s.id);
  }
  return pieces;
}
