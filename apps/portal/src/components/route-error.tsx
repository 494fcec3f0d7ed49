import { Component, type ReactNode } from "react";
import { Link } from "../router/router.tsx";

/** A page that throws shows a Chinese notice inside the layout, never a blank screen. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <RouteError />;
  }
}

export function RouteError() {
  return (
    <div>
      <div className="notice error" role="alert">
        页面出现错误，请刷新后重试。<Link to="/">返回首页</Link>
      </div>
    </div>
  );
}
