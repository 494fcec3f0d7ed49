import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Empty, List, Typography } from "antd";
import { errorMessage, trpc } from "../trpc.ts";
import { openCommentCount, openCommentsByClause } from "./open-comments.ts";

const when = (at: Date | string) =>
  new Date(at).toLocaleString("zh-CN", { hour12: false, dateStyle: "short", timeStyle: "short" });

/**
 * 意见: the open comments on a version, by clause in the draft's order. The citation jumps to
 * the clause; 解决 marks a comment done for those who may. The reviewer writes them on the
 * compare page (ClauseComments); the drafter reads and resolves them here.
 */
export function CommentsPanel({
  versionId,
  clauses,
  canResolve,
  onJump,
}: {
  versionId: string;
  clauses: readonly { id: string; citation: string }[];
  canResolve: boolean;
  onJump: (clauseId: string) => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useQuery(trpc.comment.list.queryOptions({ versionId }));
  const resolve = useMutation(
    trpc.comment.resolve.mutationOptions({
      onSuccess: () => client.invalidateQueries({ queryKey: trpc.comment.list.queryKey() }),
      onError: (e: unknown) => message.error(errorMessage(e)),
    }),
  );
  if (list.isError)
    return <Typography.Text type="danger">{errorMessage(list.error)}</Typography.Text>;
  const groups = openCommentsByClause(list.data ?? [], clauses);
  if (!list.isPending && groups.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本版本没有待处理的意见" />;

  return (
    <div className="comments-panel">
      {groups.map((g) => (
        <List
          key={g.clauseId}
          size="small"
          header={
            g.citation === null ? (
              <span className="muted">已删除的条款</span>
            ) : (
              <Button type="link" size="small" onClick={() => onJump(g.clauseId)}>
                条款 {g.citation}
              </Button>
            )
          }
          dataSource={g.comments}
          renderItem={(c) => (
            <List.Item
              className="open-comment"
              actions={
                canResolve
                  ? [
                      <Button
                        key="resolve"
                        size="small"
                        type="link"
                        loading={resolve.isPending && resolve.variables?.commentId === c.id}
                        onClick={() => resolve.mutate({ commentId: c.id })}
                      >
                        解决
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <span>
                    {c.author.displayName} <span className="muted">{when(c.createdAt)}</span>
                  </span>
                }
                description={c.body}
              />
            </List.Item>
          )}
        />
      ))}
    </div>
  );
}

/** The open-comment count for the workspace bar (shares the panel's query). */
export function useOpenCommentCount(versionId: string): number {
  const list = useQuery(trpc.comment.list.queryOptions({ versionId }));
  return openCommentCount(list.data ?? []);
}
