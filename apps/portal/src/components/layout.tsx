import type { ReactNode } from "react";
import { Link } from "../router/router.tsx";

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              匠
            </span>
            <span>匠策</span>
            <span className="brand-sub">工匠人才政策公开门户</span>
          </Link>
          <Link to="/" className="header-region">
            切换地区
          </Link>
        </div>
      </header>
      <main className="page">{children}</main>
      <footer className="site-footer">
        本门户展示各地人力资源和社会保障部门已发布的工匠人才政策，具体以正式印发文件为准。
      </footer>
    </>
  );
}
