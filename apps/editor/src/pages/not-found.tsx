import { Link } from "react-router";

export function NotFound() {
  return (
    <div className="panel empty">
      未找到该页面。<Link to="/">返回首页</Link>
    </div>
  );
}
