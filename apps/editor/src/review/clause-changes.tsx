import { Card, Empty, Tag, Typography } from "antd";
import type { RouterOutputs } from "../trpc.ts";
import { ClauseComments } from "./clause-comments.tsx";
import { clauseTitle } from "./clause-title.ts";
import { RedlineText } from "./redline-text.tsx";

type Diff = NonNullable<RouterOutputs["version"]["review"]["diff"]>;
type Clause = Diff["clauses"][number];

export const STATUS: Record<Clause["status"], { label: string; color: string }> = {
  added: { label: "新增", color: "green" },
  removed: { label: "删除", color: "red" },
  changed: { label: "修改", color: "orange" },
  unchanged: { label: "未改", color: "default" },
};

export const clauseAnchor = (c: Clause) => `clause-${c.clauseId}`;

/** The clauses, each with its sentences and its text side by side or inline. */
export function ClauseChanges({
  clauses,
  view,
  comments,
}: {
  clauses: Clause[];
  view: "side" | "inline";
  /** the newer version, whose clauses carry comments */
  comments?: { versionId: string; canComment: boolean };
}) {
  if (clauses.length === 0) return <Empty description="条文无修改" />;
  return (
    <div className="clause-changes">
      {clauses.map((c) => (
        <Card
          key={c.clauseId}
          id={clauseAnchor(c)}
          size="small"
          className="clause-change"
          title={
            <span>
              {clauseTitle(c, 24)}
              <Tag color={STATUS[c.status].color} style={{ marginInlineStart: 8 }}>
                {STATUS[c.status].label}
              </Tag>
              {c.moved && <Tag color="blue">移动（原{c.citationBefore}）</Tag>}
            </span>
          }
        >
          {c.changes.length > 0 && (
            <ul className="change-sentences">
              {c.changes.map((s) => (
                <li key={`${s.kind}-${s.sentence}`}>{s.sentence}</li>
              ))}
            </ul>
          )}
          {view === "side" ? (
            <div className="side-by-side">
              <div>
                <Typography.Text type="secondary">原条文</Typography.Text>
                <p className="clause-text">
                  <RedlineText clause={c} side="before" />
                </p>
              </div>
              <div>
                <Typography.Text type="secondary">修改后</Typography.Text>
                <p className="clause-text">
                  <RedlineText clause={c} side="after" />
                </p>
              </div>
            </div>
          ) : (
            <p className="clause-text">
              <RedlineText clause={c} side="inline" />
            </p>
          )}
          {comments && c.status !== "removed" && (
            <ClauseComments
              versionId={comments.versionId}
              clauseId={c.clauseId}
              canComment={comments.canComment}
            />
          )}
        </Card>
      ))}
    </div>
  );
}
