import { useQuery } from "@tanstack/react-query";
import { Alert, Breadcrumb, Collapse, Spin, Table, Tag } from "antd";
import { Link, useParams } from "react-router";
import { STATE_COLOR, STATE_LABEL } from "../roles.ts";
import { errorMessage, type RouterOutputs, trpc } from "../trpc.ts";
import { Workspace } from "../workspace/workspace.tsx";

type VersionRow = RouterOutputs["program"]["get"]["versions"][number];

/** A program: its versions, and the workspace on its latest version (lazy-loaded chunk). */
export function ProgramPage() {
  const { regionCode = "", programId = "" } = useParams();
  const program = useQuery(trpc.program.get.queryOptions({ programId }));
  const latestId = program.data?.latestVersionId ?? program.data?.versions[0]?.id;
  const version = useQuery({
    ...trpc.version.get.queryOptions({ versionId: latestId ?? "" }),
    enabled: Boolean(latestId),
    // the workspace owns the draft once loaded; a background refetch must not reset it
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (program.isPending)
    return (
      <Spin tip="正在加载…">
        <div style={{ height: 200 }} />
      </Spin>
    );
  if (program.isError) return <Alert type="error" title={errorMessage(program.error)} />;
  const p = program.data;
  const published = p.versions.find((v) => v.id === p.publishedVersionId);
  const v = version.data;

  return (
    <>
      <title>{`${p.title} · 匠策编辑后台`}</title>
      <div className="workspace-head">
        <Breadcrumb
          items={[{ title: <Link to={`/d/${regionCode}`}>方案列表</Link> }, { title: p.title }]}
        />
        <h1 className="workspace-title">{p.title}</h1>
        <div className="doc-meta">
          <span>{published ? `已发布：第 ${published.number} 版` : "尚未发布"}</span>
          <span>共 {p.versions.length} 个版本</span>
          {p.originProgramId && <span>复制自其他地区已发布的方案</span>}
          {p.versions.length > 1 && (
            // against the live version when there is one: the change the reviewer decides on
            <Link
              to={`/d/${regionCode}/p/${p.id}/compare?from=${
                p.publishedVersionId && p.publishedVersionId !== p.versions[0]?.id
                  ? p.publishedVersionId
                  : p.versions[1]?.id
              }&to=${p.versions[0]?.id}`}
            >
              对比与审核
            </Link>
          )}
        </div>
      </div>
      <Collapse
        size="small"
        className="versions"
        items={[
          {
            key: "versions",
            label: `版本记录（${p.versions.length}）`,
            children: (
              <Table<VersionRow>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={p.versions}
                columns={[
                  { title: "版本", key: "n", render: (_, r) => `第 ${r.number} 版` },
                  {
                    title: "状态",
                    key: "s",
                    render: (_, r) => (
                      <Tag color={STATE_COLOR[r.state]}>{STATE_LABEL[r.state] ?? r.state}</Tag>
                    ),
                  },
                  { title: "稿名", key: "name", render: (_, r) => r.snapshotName ?? "—" },
                  { title: "创建人", key: "by", render: (_, r) => r.createdBy.displayName },
                  {
                    title: "更新时间",
                    key: "t",
                    render: (_, r) =>
                      new Date(r.updatedAt).toLocaleString("zh-CN", { hour12: false }),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {version.isError ? (
        <Alert type="error" title={errorMessage(version.error)} />
      ) : !latestId ? (
        <Alert type="info" title="该方案还没有版本。" />
      ) : !v ? (
        <Spin tip="正在加载正文…">
          <div style={{ height: 200 }} />
        </Spin>
      ) : (
        <Workspace
          key={v.id}
          loaded={{
            programId: p.id,
            versionId: v.id,
            revision: v.revision,
            document: (v.document ?? {}) as Record<string, unknown>,
            number: v.number,
            state: v.state,
            snapshotName: v.snapshotName,
            canSave: v.permissions.canSave,
            canSubmit: v.permissions.actions.includes("submit"),
            canNameSnapshot: v.permissions.canNameSnapshot,
            canComment: v.permissions.canComment,
          }}
        />
      )}
    </>
  );
}
