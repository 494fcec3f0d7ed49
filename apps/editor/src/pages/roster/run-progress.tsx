import { Button, Progress, Space, Typography } from "antd";
import type { RosterRun } from "./types.ts";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A run under way: rows done of the rows the upload counted (or bytes read of the file's size
 * while that count is not known), rows per second, and a way to stop it.
 */
export function RunProgress(props: {
  run: RosterRun | undefined;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const run = props.run;
  const progress = run?.progress;
  const queued = run === undefined || run.status === "queued";
  const done =
    run === undefined
      ? ""
      : progress?.basis === "rows" && run.totalRows !== null
        ? `已处理 ${run.rows.toLocaleString("zh-CN")} / ${run.totalRows.toLocaleString("zh-CN")} 行`
        : `已读取 ${megabytes(run.bytesRead)} / ${megabytes(run.fileBytes ?? 0)}，已处理 ${run.rows.toLocaleString("zh-CN")} 行`;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Progress
        className="roster-progress"
        percent={progress?.percent ?? 0}
        status="active"
        aria-label="匹配进度"
      />
      <Typography.Text className="roster-progress-text">
        {queued
          ? "排队中，即将开始…"
          : `正在匹配：${done}${progress && progress.rowsPerSecond > 0 ? `，每秒 ${progress.rowsPerSecond.toLocaleString("zh-CN")} 行` : ""}`}
      </Typography.Text>
      <Typography.Text type="secondary">
        匹配在服务器上进行，可以离开本页；取消后不保留这份名单的任何内容。
      </Typography.Text>
      <Button danger loading={props.cancelling} onClick={props.onCancel}>
        取消匹配
      </Button>
    </Space>
  );
}
