import { Empty } from "../components/status.tsx";
import { Link } from "../router/router.tsx";

export function NotFound() {
  return (
    <Empty>
      未找到该页面。<Link to="/">返回首页</Link>
    </Empty>
  );
}
