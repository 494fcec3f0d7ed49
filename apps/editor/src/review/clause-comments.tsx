import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Input, List, Space, Tag } from "antd";
import { useState } from "react";
import { errorMessage, trpc } from "../trpc.ts";

/**
 * The comments anchored to one clause of a version (批注), with 解决 and a box to add one when
 * the person may comment. The drafter reads the same list on this page.
 */
export function ClauseComments({
  versionId,
  clauseId,
  canComment,
}: {
  versionId: string;
  clauseId: string;
  canComment: boolean;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [body, setBody] = useState("");
  const list = useQuery(trpc.comment.list.queryOptions({ versionId }));
  const refresh = {
    onSuccess: () => client.invalidateQueries({ queryKey: trpc.comment.list.queryKey() }),
    onError: (e: unknown) => message.error(errorMessage(e)),
  };
  const add = useMutation(trpc.comment.add.mutationOptions(refresh));
  const resolve = useMutation(trpc.comment.resolve.mutationOptions(refresh));
  const comments = (list.data ?? []).filter((c) => c.clauseId === clauseId);
  if (comments.length === 0 && !canComment) return null;

  return (
    <div className="clause-comments">
      {comments.length > 0 && (
        <List
          size="small"
          header="批注"
          dataSource={comments}
          renderItem={(c) => (
            <List.Item
              actions={
                c.resolvedAt || !canComment
                  ? []
                  : [
                      <Button
                        key="r"
                        size="small"
                        type="link"
                        onClick={() => resolve.mutate({ commentId: c.id })}
                      >
                        解决
                      </Button>,
                    ]
              }
            >
              <span>
                {c.author.displayName}：{c.body} {c.resolvedAt && <Tag color="green">已解决</Tag>}
              </span>
            </List.Item>
          )}
        />
      )}
      {canComment && (
        <Space.Compact style={{ width: "100%" }}>
          <Input
            aria-label="添加批注"
            placeholder="对本条添加批注"
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          <Button
            disabled={body.trim() === ""}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { versionId, clauseId, body: body.trim() },
                { onSuccess: () => setBody("") },
              )
            }
          >
            批注
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}
