import { isRouteErrorResponse, Link, useRouteError } from "react-router";

/** Replaces React Router's English default error screen with a Chinese one. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div>
      <div className="notice error" role="alert">
        {notFound ? "未找到该页面。" : "页面出现错误，请刷新后重试。"}
        <Link to="/">返回首页</Link>
      </div>
    </div>
  );
}
