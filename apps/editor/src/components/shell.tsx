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

  // pages of the district, each offered to the roles that can use it (the API decides anyway)
  const roles = new Set(
    me.data.memberships.filter((m) => m.regionCode === district).map((m) => m.role),
  );
  const staff = roles.has("drafter") || roles.has("reviewer") || roles.has("publisher");
  const page = location.pathname.split("/")[3] ?? "list";
  const menu = district
    ? [
        { key: "list", label: <Link to={`/d/${district}`}>方案列表</Link> },
        { key: "catalogue", label: <Link to={`/d/${district}/catalogue`}>事实目录</Link> },
        ...(staff
          ? [
              { key: "tests", label: <Link to={`/d/${district}/tests`}>测试用例总览</Link> },
              {
                key: "roster",
                label: <Link to={`/d/${district}/roster`}>名单匹配</Link>,
              },
              { key: "matters", label: <Link to={`/d/${district}/matters`}>跨地区对比</Link> },
            ]
          : []),
        ...(roles.has("admin")
          ? [
              {
                key: "portal-settings",
                label: <Link to={`/d/${district}/portal-settings`}>门户设置</Link>,
              },
            ]
          : []),
      ]
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
            <Menu mode="inline" selectedKeys={[district ? page : "choose"]} items={menu} />
          </Layout.Sider>
        )}
        <Layout.Content className={inWorkspace ? "content wide" : "content"}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
