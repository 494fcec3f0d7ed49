import { Tag } from "antd";
import type { SaveStatus } from "./use-draft.ts";

const TEXT: Record<SaveStatus, { text: string; color: string }> = {
  saved: { text: "已保存", color: "green" },
  pending: { text: "有未保存的修改", color: "blue" },
  saving: { text: "正在保存…", color: "blue" },
  offline: { text: "无法连接服务器，修改已保存在本机，将自动重试", color: "orange" },
  conflict: { text: "保存冲突，请合并", color: "red" },
  failed: { text: "保存失败", color: "red" },
};

export function SaveIndicator({ status, failure }: { status: SaveStatus; failure: string | null }) {
  const t = TEXT[status];
  return (
    <Tag className="save-status" data-status={status} color={t.color}>
      {t.text}
      {status === "failed" && failure ? `：${failure}` : ""}
    </Tag>
  );
}
