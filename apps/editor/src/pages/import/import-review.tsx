import {
  type Decision,
  type DraftValidation,
  groupByClause,
  type ImportResult,
  type Proposal,
} from "@jiangce/policy-import";
import type { ProgramInput } from "@jiangce/rule-schema";
import { Alert, Button, Collapse, Dropdown, Empty, Form, Input, Space } from "antd";
import { useMemo, useState } from "react";
import { inDraft, stateOf } from "./decisions.ts";
import { ProposalCard } from "./proposal-card.tsx";
import { proposalKindLabels } from "./proposal-text.ts";
import { SourceText } from "./source-text.tsx";

/** The unread words in bold with a little of the sentence around them (a span may be one figure). */
function UnreadWords({ text, start, end }: { text: string; start: number; end: number }) {
  const before =
    text
      .slice(Math.max(0, start - 12), start)
      .split(/[。；\n]/)
      .pop() ?? "";
  const after = text.slice(end, end + 12).split(/[。；\n]/)[0] ?? "";
  return (
    <>
      {before}
      <strong>{text.slice(start, Math.min(end, start + 40))}</strong>
      {end - start > 40 ? "…" : after}
    </>
  );
}

interface CreateValues {
  title: string;
  slug: string;
}

/** The text beside the proposals grouped by clause, the unread stretches, and 创建草稿. */
export function ImportReview(props: {
  result: ImportResult;
  decisions: Record<string, Decision>;
  draft: ProgramInput;
  validation?: DraftValidation;
  onDecide: (id: string, d: Decision) => void;
  onDecideKind: (kind: Proposal["kind"] | "all", action: "accept" | "reject") => void;
  onRestart: () => void;
  onCreate: (v: CreateValues) => void;
  creating: boolean;
  createError?: string;
  suggestedSlug: string;
}) {
  const { result, decisions, draft, validation } = props;
  const [current, setCurrent] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const groups = useMemo(() => groupByClause(result), [result]);
  const spans = useMemo(
    () => [
      ...result.proposals.map((p) => ({ id: p.id, ...p.span })),
      ...result.unread.map((u, i) => ({ id: `u${i}`, start: u.start, end: u.end })),
    ],
    [result],
  );
  const byId = useMemo(() => new Map(result.proposals.map((p) => [p.id, p])), [result]);
  const markOf = (id: string) => {
    const p = byId.get(id);
    return p ? stateOf(decisions[p.id]) : "unread";
  };
  const counts = { accepted: 0, edited: 0, rejected: 0, undecided: 0 };
  for (const p of result.proposals) counts[stateOf(decisions[p.id])]++;
  const kinds = [...new Set(result.proposals.map((p) => p.kind))];

  return (
    <div className="import-review">
      <div className="import-bar">
        <span>
          识别出 {result.proposals.length} 条：已采纳 {counts.accepted}，已修改 {counts.edited}
          ，不采纳 {counts.rejected}，待确认 {counts.undecided}
        </span>
        <Space>
          <Button onClick={() => props.onDecideKind("all", "accept")}>全部采纳</Button>
          <Dropdown
            menu={{
              items: kinds.map((k) => ({
                key: k,
                label: proposalKindLabels[k],
                children: [
                  { key: `${k}:accept`, label: `全部采纳（${proposalKindLabels[k]}）` },
                  { key: `${k}:reject`, label: `全部不采纳（${proposalKindLabels[k]}）` },
                ],
              })),
              onClick: ({ key }) => {
                const [kind, action] = key.split(":") as [Proposal["kind"], "accept" | "reject"];
                props.onDecideKind(kind, action);
              },
            }}
          >
            <Button>按类别处理</Button>
          </Dropdown>
          <Button onClick={props.onRestart}>重新输入原文</Button>
        </Space>
      </div>
      <Form<CreateValues>
        layout="inline"
        className="import-create"
        initialValues={{ title: draft.title, slug: props.suggestedSlug }}
        onFinish={props.onCreate}
      >
        <Form.Item
          label="方案标题"
          name="title"
          rules={[{ required: true, whitespace: true, message: "请填写方案标题" }]}
        >
          <Input style={{ width: 420 }} />
        </Form.Item>
        <Form.Item
          label="门户地址标识"
          name="slug"
          rules={[
            {
              required: true,
              pattern: /^[a-z0-9][a-z0-9-]{1,62}$/,
              message: "标识只能包含小写字母、数字和连字符，2到63位",
            },
          ]}
        >
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={props.creating}>
          创建草稿
        </Button>
      </Form>
      {props.createError && <Alert type="error" showIcon title={props.createError} />}
      {validation && (
        <Alert
          className="import-validation"
          type={validation.ok ? "success" : "warning"}
          showIcon
          title={
            validation.ok
              ? "按当前选择生成的草稿可以通过校验；领取条件请在创建后的工作区补充。"
              : `按当前选择生成的草稿有 ${validation.issues.length} 处待完善（可先创建草稿，在工作区修改）`
          }
          description={
            validation.ok ? undefined : (
              <ul className="import-issues">
                {validation.issues.slice(0, 5).map((i) => (
                  <li key={`${i.path}:${i.message}`}>{i.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <div className="import-columns">
        <SourceText
          text={result.text}
          spans={spans}
          stateOf={markOf}
          current={current}
          onSelect={(id) => {
            setCurrent(id);
            document.querySelector(`[data-proposal="${id}"]`)?.scrollIntoView({ block: "nearest" });
          }}
        />
        <section className="import-proposals" aria-label="识别结果">
          {result.unread.length > 0 && (
            <Collapse
              size="small"
              items={[
                {
                  key: "unread",
                  label: `未能读取的内容（${result.unread.length}处，保留为条款原文）`,
                  children: (
                    <ul className="import-unread">
                      {result.unread.map((u, i) => (
                        <li key={`${u.start}-${u.end}`}>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setCurrent(`u${i}`)}
                          >
                            <UnreadWords text={result.text} start={u.start} end={u.end} />
                          </button>
                          <span className="muted">：{u.reason}</span>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
          {groups.length === 0 && (
            <Empty description="没有识别出需要确认的内容（标题、待遇、有效期等）：条款按原文导入，待遇可在创建后的工作区录入。" />
          )}
          {groups.map((g) => (
            <section key={g.clause?.id ?? "program"} className="proposal-group">
              <h3>{g.clause ? `${g.clause.citation}${g.clause.heading ?? ""}` : "方案信息"}</h3>
              {g.proposals.map((p) => (
                <ProposalCard
                  key={p.id}
                  proposal={p}
                  text={result.text}
                  state={stateOf(decisions[p.id])}
                  inDraft={inDraft(p, decisions[p.id])}
                  decision={decisions[p.id]}
                  current={current === p.id}
                  editing={editing === p.id}
                  onSelect={() => setCurrent(p.id)}
                  onDecide={(d) => props.onDecide(p.id, d)}
                  onEdit={(on) => setEditing(on ? p.id : undefined)}
                />
              ))}
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
