import { Badge, Empty, List, Tag } from "antd";
import type { Problem } from "./problems.ts";
import type { Selection } from "./selection.ts";

/** Every error and warning of the draft; clicking one opens the block and field it concerns. */
export function ProblemsPanel({
  problems,
  onJump,
}: {
  problems: readonly Problem[];
  onJump: (s: Selection, path: string) => void;
}) {
  if (problems.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有发现问题" />;
  return (
    <List
      size="small"
      className="problems-list"
      dataSource={[...problems].sort((a, b) =>
        a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
      )}
      renderItem={(p) => (
        <List.Item className={`problem ${p.severity}`} onClick={() => onJump(p.selection, p.path)}>
          <Tag color={p.severity === "error" ? "error" : "warning"}>
            {p.severity === "error" ? "错误" : "提示"}
          </Tag>
          <span className="problem-message">{p.message}</span>
          <span className="muted problem-path">{p.path}</span>
        </List.Item>
      )}
    />
  );
}

export function ProblemsCount({ problems }: { problems: readonly Problem[] }) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  return (
    <span className="problems-count">
      问题 <Badge count={errors} showZero color={errors ? "#cf1322" : "#52c41a"} />{" "}
      <Badge count={warnings} color="#faad14" />
    </span>
  );
}
