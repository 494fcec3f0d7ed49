import { ReadError } from "../reads/public-api.ts";
import { Link } from "../router/router.tsx";

// Loading, error and empty states shared by the pages.

const PLACEHOLDER_KEYS = ["a", "b", "c", "d", "e", "f"];

export function Loading({ rows = 3 }: { rows?: number }) {
  return (
    <div className="program-list" role="status" aria-busy="true" aria-label="正在加载">
      {PLACEHOLDER_KEYS.slice(0, rows).map((key) => (
        <div key={key} className="skeleton" />
      ))}
    </div>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const serverSaid =
    error instanceof ReadError && /[\u4e00-\u9fff]/.test(error.message) ? error.message : "";
  if (error instanceof ReadError && error.code === "NOT_FOUND") {
    return (
      <div className="notice" role="alert">
        {serverSaid || "未找到该内容。"}
        <Link to="/">返回首页</Link>
      </div>
    );
  }
  return (
    <div className="notice error" role="alert">
      加载失败，请稍后刷新重试。{serverSaid}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="empty">{children}</div>;
}
