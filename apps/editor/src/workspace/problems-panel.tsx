import { Badge, Drawer, Empty, List, Tag } from "antd";
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

/** The problems in a drawer; a jump closes it and scrolls the field into view in the inspector. */
export function ProblemsDrawer({
  open,
  problems,
  onClose,
  onJump,
}: {
  open: boolean;
  problems: readonly Problem[];
  onClose: () => void;
  onJump: (s: Selection, path: string) => void;
}) {
  return (
    <Drawer title="问题" open={open} onClose={onClose} size={460}>
      <ProblemsPanel
        problems={problems}
        onJump={(s, path) => {
          onJump(s, path);
          setTimeout(
            () =>
              document.querySelector(`[data-path="${path}"]`)?.scrollIntoView({ block: "center" }),
            50,
          );
        }}
      />
    </Drawer>
  );
}
