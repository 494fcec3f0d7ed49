import { Alert, Modal, Radio, Tag } from "antd";
import { useMemo, useState } from "react";
import {
  type Choice,
  mergeDocuments,
  PROGRAM_UNIT,
  type UnitChange,
  unitChanges,
} from "./clause-merge.ts";
import type { ServerVersion } from "./use-draft.ts";

function preview(unit: UnitChange, side: unknown): string {
  if (side === undefined) return "（此方没有该条款）";
  if (unit.key === PROGRAM_UNIT) {
    const doc = side as { title?: string };
    return `标题：${doc.title ?? "—"}（及其他方案信息）`;
  }
  const clause = side as { citation?: string; heading?: string; text?: string };
  return [clause.citation, clause.heading, clause.text].filter(Boolean).join(" ");
}

function who(unit: UnitChange): { text: string; color: string } {
  if (unit.changedByMe && unit.changedByThem) return { text: "双方都修改了", color: "red" };
  if (unit.changedByThem) return { text: "对方修改", color: "orange" };
  return { text: "我修改", color: "blue" };
}

/**
 * Someone saved first. Shows, clause by clause, what they changed next to mine; keep mine or take
 * theirs per clause; the merge is then saved on top of their version.
 */
export function ConflictView({
  server,
  mergeBase,
  mine,
  onResolve,
}: {
  server: ServerVersion;
  mergeBase: Record<string, unknown> | undefined;
  mine: Record<string, unknown>;
  onResolve: (merged: Record<string, unknown>) => void;
}) {
  const changes = useMemo(
    () => unitChanges(mergeBase, mine, server.document),
    [mergeBase, mine, server],
  );
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const by = server.lastChangedBy?.displayName ?? "其他起草人";
  return (
    <Modal
      open
      width={880}
      title="保存冲突：方案已被他人修改"
      okText="合并后保存"
      cancelButtonProps={{ style: { display: "none" } }}
      closable={false}
      maskClosable={false}
      onOk={() => onResolve(mergeDocuments(mergeBase, mine, server.document, choices))}
      className="conflict-view"
    >
      <Alert
        type="warning"
        showIcon
        title={`${by} 在您编辑期间保存了新的修改（第 ${server.revision} 次保存）。请逐条选择保留哪一方，您的输入不会丢失。`}
        style={{ marginBottom: 12 }}
      />
      {changes.length === 0 && <p>双方内容一致，无需选择。</p>}
      {changes.map((unit) => {
        const tag = who(unit);
        const choice = choices[unit.key] ?? unit.proposed;
        return (
          <div className="conflict-unit" key={unit.key} data-unit={unit.key}>
            <div className="conflict-head">
              <strong>{unit.label}</strong> <Tag color={tag.color}>{tag.text}</Tag>
              <Radio.Group
                size="small"
                value={choice}
                onChange={(e) =>
                  setChoices((c) => ({ ...c, [unit.key]: e.target.value as Choice }))
                }
                options={[
                  { value: "mine", label: "保留我的" },
                  { value: "theirs", label: "采用对方的" },
                ]}
                optionType="button"
              />
            </div>
            <div className="conflict-sides">
              <div className={choice === "mine" ? "side chosen" : "side"}>
                <small>我的</small>
                <p className="side-text">{preview(unit, unit.mine)}</p>
              </div>
              <div className={choice === "theirs" ? "side chosen" : "side"}>
                <small>{by}的</small>
                <p className="side-text">{preview(unit, unit.theirs)}</p>
              </div>
            </div>
          </div>
        );
      })}
    </Modal>
  );
}
