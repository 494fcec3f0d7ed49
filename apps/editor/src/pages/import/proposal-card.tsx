import type { Decision, Proposal } from "@jiangce/policy-import";
import { Button, Space, Tag, Tooltip } from "antd";
import { canEdit, ProposalEdit } from "./proposal-edit.tsx";
import { proposalKindLabels, proposalSummary } from "./proposal-text.ts";
import type { MarkState } from "./source-text.tsx";

const stateTag: Record<Exclude<MarkState, "unread">, { color: string; text: string }> = {
  accepted: { color: "green", text: "已采纳" },
  edited: { color: "blue", text: "已修改" },
  rejected: { color: "default", text: "不采纳" },
  undecided: { color: "orange", text: "待确认" },
};

function confidenceColor(score: number): string {
  return score >= 0.8 ? "green" : score >= 0.5 ? "gold" : "red";
}

/** One proposal: what was read, from which words, how sure, and the drafter's decision. */
export function ProposalCard({
  proposal,
  text,
  state,
  inDraft,
  decision,
  current,
  editing,
  onSelect,
  onDecide,
  onEdit,
}: {
  proposal: Proposal;
  text: string;
  state: Exclude<MarkState, "unread">;
  inDraft: boolean;
  decision?: Decision;
  current: boolean;
  editing: boolean;
  onSelect: () => void;
  onDecide: (d: Decision) => void;
  onEdit: (on: boolean) => void;
}) {
  const shown =
    decision?.action === "edit" ? ({ ...proposal, value: decision.value } as Proposal) : proposal;
  const read = text.slice(proposal.span.start, proposal.span.end);
  const score = Math.round(proposal.confidence.score * 100);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside are the keyboard path
    // biome-ignore lint/a11y/noStaticElementInteractions: selecting shows the words in the text
    <div
      className={`proposal-card state-${state}${current ? " is-current" : ""}`}
      data-proposal={proposal.id}
      data-kind={proposal.kind}
      onClick={onSelect}
    >
      <div className="proposal-head">
        <Tag>{proposalKindLabels[proposal.kind]}</Tag>
        <Tooltip title={proposal.confidence.reason}>
          <Tag color={confidenceColor(proposal.confidence.score)}>把握 {score}%</Tag>
        </Tooltip>
        <Tag color={stateTag[state].color} className="proposal-state">
          {stateTag[state].text}
        </Tag>
        {state === "undecided" && !inDraft && (
          <span className="muted">把握不足，未确认前不计入草稿</span>
        )}
      </div>
      <div className="proposal-summary">{proposalSummary(shown)}</div>
      <div className="proposal-read">
        原文：<q>{read.length > 80 ? `${read.slice(0, 80)}…` : read}</q>
      </div>
      <div className="proposal-reason">依据：{proposal.confidence.reason}</div>
      {editing ? (
        <ProposalEdit
          proposal={proposal}
          initial={shown.value}
          onCancel={() => onEdit(false)}
          onSave={(value) => {
            onDecide({ action: "edit", value });
            onEdit(false);
          }}
        />
      ) : (
        <Space size={4} className="proposal-actions">
          <Button
            size="small"
            type={state === "accepted" ? "primary" : "default"}
            onClick={() => onDecide({ action: "accept" })}
          >
            采纳
          </Button>
          {canEdit(proposal) && (
            <Button size="small" onClick={() => onEdit(true)}>
              修改
            </Button>
          )}
          <Button
            size="small"
            danger={state !== "rejected"}
            onClick={() => onDecide({ action: "reject" })}
          >
            不采纳
          </Button>
        </Space>
      )}
    </div>
  );
}
