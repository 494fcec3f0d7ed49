import { useQuery } from "@tanstack/react-query";
import { Link, Navigate } from "react-router";
import { LAST_DISTRICT_KEY } from "../components/shell.tsx";
import { memberRegions, rolesText } from "../roles.ts";
import { trpc } from "../trpc.ts";

/** The start page: straight to the last (or only) district, else a list to pick from. */
export function ChooseDistrict() {
  const me = useQuery(trpc.auth.me.queryOptions());
  const regions = memberRegions(me.data?.memberships ?? []);
  const last = localStorage.getItem(LAST_DISTRICT_KEY);
  const preferred =
    regions.find((r) => r.code === last) ?? (regions.length === 1 ? regions[0] : undefined);
  if (preferred) return <Navigate to={`/d/${preferred.code}`} replace />;

  return (
    <>
      <div className="content-head">
        <div>
          <h1>选择地区</h1>
          <p>请选择要管理的地区，之后可随时在顶部切换。</p>
        </div>
      </div>
      {regions.length === 0 ? (
        <div className="panel empty">您的账号尚未加入任何地区，请联系管理员分配角色。</div>
      ) : (
        <div className="panel">
          <table className="list">
            <thead>
              <tr>
                <th>地区</th>
                <th>行政区划代码</th>
                <th>我的角色</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.code}>
                  <td className="title">
                    <Link to={`/d/${r.code}`}>{r.name}</Link>
                  </td>
                  <td className="muted">{r.code}</td>
                  <td>{rolesText(r.roles)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
