import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link, Navigate, NavLink, Outlet, useLocation, useMatch, useNavigate } from "react-router";
import { errorMessage, setCsrfToken, trpc } from "../trpc.ts";
import { DistrictSwitcher } from "./district-switcher.tsx";

export const LAST_DISTRICT_KEY = "jiangce.editor.district";

/** The signed-in frame: top bar with the district switcher, side navigation, the page. */
export function Shell() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const district = useMatch("/d/:regionCode/*")?.params.regionCode;

  useEffect(() => {
    if (me.data) setCsrfToken(me.data.csrfToken);
  }, [me.data]);
  useEffect(() => {
    if (district) localStorage.setItem(LAST_DISTRICT_KEY, district);
  }, [district]);

  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        setCsrfToken(null);
        queryClient.clear();
        navigate("/login");
      },
    }),
  );

  if (me.isPending) return <div className="notice">正在加载…</div>;
  if (me.isError) return <div className="notice error">{errorMessage(me.error)}</div>;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          匠策 <small>政策编辑后台</small>
        </Link>
        <span className="spacer" />
        <DistrictSwitcher memberships={me.data.memberships} current={district} />
        <div className="user-box">
          <span>{me.data.user.displayName}</span>
          <button
            type="button"
            className="button"
            disabled={logout.isPending}
            onClick={() => logout.mutate()}
          >
            退出登录
          </button>
        </div>
      </header>
      <div className="layout">
        <nav className="sidenav" aria-label="主导航">
          {district ? (
            <NavLink to={`/d/${district}`}>方案列表</NavLink>
          ) : (
            <NavLink to="/" end>
              选择地区
            </NavLink>
          )}
        </nav>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </>
  );
}
