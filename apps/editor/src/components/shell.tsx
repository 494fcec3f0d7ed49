import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Layout, Menu, Result, Spin } from "antd";
import { useEffect } from "react";
import { Link, Navigate, Outlet, useLocation, useMatch, useNavigate } from "react-router";
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
  // the program workspace wants the whole width: no side navigation there
  const inWorkspace = Boolean(useMatch("/d/:regionCode/p/:programId"));

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

  if (me.isPending) return <Spin fullscreen tip="正在加载…" />;
  if (me.isError) return <Result status="error" title={errorMessage(me.error)} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }

  const menu = district
    ? [{ key: "list", label: <Link to={`/d/${district}`}>方案列表</Link> }]
    : [{ key: "choose", label: <Link to="/">选择地区</Link> }];

  return (
    <Layout className="shell">
      <Layout.Header className="topbar">
        <Link to="/" className="brand">
          匠策 <small>政策编辑后台</small>
        </Link>
        <span className="spacer" />
        <DistrictSwitcher memberships={me.data.memberships} current={district} />
        <div className="user-box">
          <span>{me.data.user.displayName}</span>
          <Button loading={logout.isPending} onClick={() => logout.mutate()}>
            退出登录
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        {!inWorkspace && (
          <Layout.Sider width={180} theme="light" className="sidenav">
            <Menu mode="inline" selectedKeys={[district ? "list" : "choose"]} items={menu} />
          </Layout.Sider>
        )}
        <Layout.Content className={inWorkspace ? "content wide" : "content"}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
