import { ACTION_LABELS, trailActionLabel, type VersionAction } from "@jiangce/api/vocabulary";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Input, Modal, Space, Timeline } from "antd";
import { useState } from "react";
import { errorMessage, type RouterOutputs, trpc } from "../trpc.ts";

type Version = RouterOutputs["version"]["get"];

// the order a reviewer reads them in; each shows only when the server says the caller may
const ORDER: VersionAction[] = ["approve", "return", "publish", "withdraw", "expire"];

/**
 * The workflow buttons of a version (审核通过, 退回修改 with a reason, 发布, 撤回, 废止), shown
 * only to whom the server allows them (`permissions.actions`), and the version's audit trail.
 */
export function VersionActions({ version, regionCode }: { version: Version; regionCode: string }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const options = {
    onSuccess: () => client.invalidateQueries(),
    onError: (e: unknown) => message.error(errorMessage(e)),
  };
  const mutations = {
    approve: useMutation(trpc.version.approve.mutationOptions(options)),
    return: useMutation(trpc.version.return.mutationOptions(options)),
    publish: useMutation(trpc.version.publish.mutationOptions(options)),
    withdraw: useMutation(trpc.version.withdraw.mutationOptions(options)),
    expire: useMutation(trpc.version.expire.mutationOptions(options)),
  };
  const trail = useQuery(
    trpc.audit.list.queryOptions({ regionCode, entityId: version.id, limit: 50 }),
  );
  const allowed = ORDER.filter((a) => version.permissions.actions.includes(a));
  const run = (action: Exclude<VersionAction, "submit">, note?: string) =>
    mutations[action].mutate({ versionId: version.id, revision: version.revision, note });

  return (
    <div className="version-actions">
      <Space wrap>
        {allowed.map((action) =>
          action === "submit" ? null : (
            <Button
              key={action}
              type={action === "approve" || action === "publish" ? "primary" : "default"}
              danger={action === "expire"}
              loading={mutations[action].isPending}
              onClick={() => (action === "return" ? setReturning(true) : run(action))}
            >
              {ACTION_LABELS[action]}
            </Button>
          ),
        )}
      </Space>
      <Modal
        title="退回修改"
        open={returning}
        okText="退回"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim() === "" }}
        onCancel={() => setReturning(false)}
        onOk={() => {
          run("return", reason.trim());
          setReturning(false);
        }}
      >
        <Input.TextArea
          rows={3}
          placeholder="请写明退回理由，起草人会看到"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      <h3 className="version-actions-heading">审核记录</h3>
      <Timeline
        items={(trail.data?.entries ?? []).map((e) => ({
          children: `${new Date(e.at).toLocaleString("zh-CN", { hour12: false })} ${e.actor?.displayName ?? "系统"} ${trailActionLabel(e.action)}${
            typeof (e.detail as { note?: unknown } | null)?.note === "string"
              ? `：${(e.detail as { note: string }).note}`
              : ""
          }`,
        }))}
      />
    </div>
  );
}
