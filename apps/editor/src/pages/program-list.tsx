import { DownOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Dropdown, Segmented, Space, Table, Tag } from "antd";
import { lazy, Suspense, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { INBOX_LABELS, type InboxKey, inboxesFor, inInbox } from "../review/inbox.ts";
import { STATE_COLOR, STATE_LABEL } from "../roles.ts";
import { errorMessage, type RouterOutputs, trpc } from "../trpc.ts";

type Row = RouterOutputs["program"]["list"][number];

// only drafters who start a program need the dialog (and its forms)
const CreateProgramDialog = lazy(() =>
  import("../start/create-program-dialog.tsx").then((m) => ({ default: m.CreateProgramDialog })),
);

// Dates arrive as ISO strings (no transformer on the wire), whatever the inferred type says.
function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleString("zh-CN", {
    dateStyle: "medium",
    timeStyle: "short",
    hour12: false,
  });
}

function formatDay(value: string | Date | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleDateString("zh-CN", { dateStyle: "medium" });
}

/** Every program of the district, with the state of its latest version and what is published. */
export function ProgramList() {
  const { regionCode = "" } = useParams();
  const programs = useQuery(trpc.program.list.queryOptions({ regionCode }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const [creating, setCreating] = useState(false);
  const [inbox, setInbox] = useState<InboxKey>("all");
  const roles = (me.data?.memberships ?? [])
    .filter((m) => m.regionCode === regionCode)
    .map((m) => m.role);
  const inboxes = inboxesFor(roles);
  const rows = (programs.data ?? []).filter((p) => inInbox(p, inbox, me.data?.user.id));
  const navigate = useNavigate();
  const canDraft = Boolean(
    me.data?.memberships.some((m) => m.regionCode === regionCode && m.role === "drafter"),
  );

  return (
    <>
      <title>方案列表 · 匠策编辑后台</title>
      <div className="content-head">
        <div>
          <h1>方案列表</h1>
          <p>本地区的全部政策方案，包括草稿、审核中与已发布的版本。</p>
        </div>
        <span className="content-actions">
          <Link to={`/d/${regionCode}/tests`}>
            <Button>测试用例总览</Button>
          </Link>
          {canDraft && (
            <Space.Compact>
              <Button type="primary" onClick={() => setCreating(true)}>
                新建方案
              </Button>
              <Dropdown
                menu={{
                  items: [{ key: "import", label: "从文本导入" }],
                  onClick: () => navigate(`/d/${regionCode}/import`),
                }}
              >
                <Button type="primary" icon={<DownOutlined />} aria-label="其他起草方式" />
              </Dropdown>
            </Space.Compact>
          )}
        </span>
      </div>
      {programs.isError && <Alert type="error" title={errorMessage(programs.error)} />}
      {inboxes.length > 1 && (
        <Segmented<InboxKey>
          className="inbox-switch"
          value={inbox}
          onChange={setInbox}
          options={inboxes.map((key) => ({
            value: key,
            label: `${INBOX_LABELS[key]}（${(programs.data ?? []).filter((p) => inInbox(p, key, me.data?.user.id)).length}）`,
          }))}
        />
      )}
      <Table<Row>
        className="program-table"
        rowKey="id"
        loading={programs.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: inbox === "all" ? "本地区还没有方案。" : "没有等待您处理的方案。" }}
        columns={[
          {
            title: "方案名称",
            key: "title",
            className: "title",
            render: (_, p) => <Link to={`/d/${regionCode}/p/${p.id}`}>{p.title}</Link>,
          },
          {
            title: "最新版本",
            key: "latest",
            render: (_, p) =>
              p.latestVersion ? (
                <>
                  第 {p.latestVersion.number} 版{" "}
                  <Tag className="state" color={STATE_COLOR[p.latestVersion.state]}>
                    {STATE_LABEL[p.latestVersion.state] ?? p.latestVersion.state}
                  </Tag>
                  {p.latestVersion.snapshotName && (
                    <span className="muted">{p.latestVersion.snapshotName}</span>
                  )}
                </>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            title: "已发布版本",
            key: "published",
            render: (_, p) =>
              p.publishedVersion ? (
                <>
                  第 {p.publishedVersion.number} 版
                  <span className="muted"> · {formatDay(p.publishedVersion.publishedAt)} 发布</span>
                </>
              ) : (
                <span className="muted">未发布</span>
              ),
          },
          {
            title: "更新时间",
            key: "updatedAt",
            className: "muted",
            render: (_, p) => formatDateTime(p.updatedAt),
          },
        ]}
      />
      {creating && (
        <Suspense fallback={null}>
          <CreateProgramDialog regionCode={regionCode} onClose={() => setCreating(false)} />
        </Suspense>
      )}
    </>
  );
}
