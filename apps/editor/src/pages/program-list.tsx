import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { STATE_LABEL } from "../roles.ts";
import { errorMessage, trpc } from "../trpc.ts";

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

  return (
    <>
      <title>方案列表 · 匠策编辑后台</title>
      <div className="content-head">
        <div>
          <h1>方案列表</h1>
          <p>本地区的全部政策方案，包括草稿、审核中与已发布的版本。</p>
        </div>
      </div>
      <div className="panel">
        {programs.isPending ? (
          <div className="notice">正在加载…</div>
        ) : programs.isError ? (
          <div className="notice error">{errorMessage(programs.error)}</div>
        ) : programs.data.length === 0 ? (
          <div className="empty">本地区还没有方案。</div>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>方案名称</th>
                <th>最新版本</th>
                <th>已发布版本</th>
                <th>更新时间</th>
              </tr>
            </thead>
            <tbody>
              {programs.data.map((p) => (
                <tr key={p.id}>
                  <td className="title">
                    <Link to={`/d/${regionCode}/p/${p.id}`}>{p.title}</Link>
                  </td>
                  <td>
                    {p.latestVersion ? (
                      <>
                        第 {p.latestVersion.number} 版{" "}
                        <span className={`state ${p.latestVersion.state}`}>
                          {STATE_LABEL[p.latestVersion.state] ?? p.latestVersion.state}
                        </span>
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    {p.publishedVersion ? (
                      <>
                        第 {p.publishedVersion.number} 版
                        <span className="muted">
                          {" "}
                          · {formatDay(p.publishedVersion.publishedAt)} 发布
                        </span>
                      </>
                    ) : (
                      <span className="muted">未发布</span>
                    )}
                  </td>
                  <td className="muted">{formatDateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
