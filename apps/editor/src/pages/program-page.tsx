import { programDocument } from "@jiangce/rule-schema";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { DocumentView } from "../components/document-view.tsx";
import { STATE_LABEL } from "../roles.ts";
import { errorMessage, trpc } from "../trpc.ts";

/** A program: its versions, and the latest version's text. */
export function ProgramPage() {
  const { regionCode = "", programId = "" } = useParams();
  const program = useQuery(trpc.program.get.queryOptions({ programId }));
  const latest = program.data?.versions[0];
  const version = useQuery({
    ...trpc.version.get.queryOptions({ versionId: latest?.id ?? "" }),
    enabled: Boolean(latest),
  });

  if (program.isPending) return <div className="notice">正在加载…</div>;
  if (program.isError) return <div className="notice error">{errorMessage(program.error)}</div>;
  const published = program.data.versions.find((v) => v.id === program.data.publishedVersionId);
  const doc = programDocument(version.data?.document);

  return (
    <>
      <title>{`${program.data.title} · 匠策编辑后台`}</title>
      <div className="content-head">
        <div>
          <p>
            <Link to={`/d/${regionCode}`}>方案列表</Link> ›
          </p>
          <h1>{program.data.title}</h1>
        </div>
      </div>
      <div className="doc-meta">
        {latest && (
          <span>
            最新版本：第 {latest.number} 版{" "}
            <span className={`state ${latest.state}`}>
              {STATE_LABEL[latest.state] ?? latest.state}
            </span>
            {latest.snapshotName && ` · ${latest.snapshotName}`}
          </span>
        )}
        <span>{published ? `已发布：第 ${published.number} 版` : "尚未发布"}</span>
        <span>共 {program.data.versions.length} 个版本</span>
      </div>
      <details className="panel versions">
        <summary>版本记录（{program.data.versions.length}）</summary>
        <table className="list">
          <thead>
            <tr>
              <th>版本</th>
              <th>状态</th>
              <th>稿名</th>
              <th>创建人</th>
              <th>更新时间</th>
            </tr>
          </thead>
          <tbody>
            {program.data.versions.map((v) => (
              <tr key={v.id}>
                <td>第 {v.number} 版</td>
                <td>
                  <span className={`state ${v.state}`}>{STATE_LABEL[v.state] ?? v.state}</span>
                </td>
                <td>{v.snapshotName ?? <span className="muted">—</span>}</td>
                <td>{v.createdBy.displayName}</td>
                <td className="muted">
                  {new Date(v.updatedAt).toLocaleString("zh-CN", { hour12: false })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {version.isError ? (
        <div className="notice error">{errorMessage(version.error)}</div>
      ) : doc ? (
        <DocumentView program={doc} />
      ) : (
        <div className="panel notice">{latest ? "正在加载正文…" : "该方案还没有版本。"}</div>
      )}
    </>
  );
}
