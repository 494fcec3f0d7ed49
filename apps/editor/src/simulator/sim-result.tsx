// What the simulated applicant gets: paid benefits with amount and clause, what is excluded and
// why, near misses, and what the programs above this district pay too. Every sentence comes from
// the engine package; this file only arranges them.
import {
  describeResult,
  type EvaluationResult,
  entitlementHeadline,
  exclusionReason,
  exclusionWinnerText,
  formatAmount,
  formatFen,
  nearMisses,
} from "@jiangce/rule-schema";
import { Empty, List, Tag, Typography } from "antd";
import { useMemo } from "react";

export function SimResult({
  own,
  chain,
  programId,
}: {
  own: EvaluationResult;
  /** the draft evaluated with the published programs above it (null: none above) */
  chain: EvaluationResult | null;
  programId: string;
}) {
  const misses = useMemo(() => nearMisses(own, { limit: 5 }), [own]);
  const total = useMemo(() => describeResult(own), [own]);
  const above = (chain?.entitlements ?? []).filter((e) => e.ref.programId !== programId);
  return (
    <div className="sim-result" data-testid="sim-result">
      <Typography.Title level={5}>
        本方案支付{" "}
        <span className="sim-total">
          {own.entitlements.length === 0
            ? "无"
            : `${formatFen(total.totalFen)}${total.hasUnspecified ? "（另有按规定金额）" : ""}`}
        </span>
      </Typography.Title>
      {own.entitlements.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该申请人不享受本方案的资金待遇" />
      ) : (
        <List
          size="small"
          dataSource={own.entitlements}
          renderItem={(e) => (
            <List.Item className="sim-paid">
              <span>{entitlementHeadline(e)}</span>
              <Tag color="green">{formatAmount(e)}</Tag>
            </List.Item>
          )}
        />
      )}
      {own.excluded.length > 0 && (
        <>
          <Typography.Text strong>不予重复享受</Typography.Text>
          <List
            size="small"
            dataSource={own.excluded}
            renderItem={(x) => (
              <List.Item className="sim-excluded">
                {entitlementHeadline(x.candidate)}：{formatAmount(x.candidate)}——
                {exclusionReason(x)}
                {x.by ? `，${exclusionWinnerText(x.by)}` : ""}
              </List.Item>
            )}
          />
        </>
      )}
      {misses.length > 0 && (
        <>
          <Typography.Text strong>差一点就能享受</Typography.Text>
          <List
            size="small"
            dataSource={misses}
            renderItem={(m) => (
              <List.Item className="sim-near-miss">
                {m.citation} {m.label}
                {m.tierLabel ? `（${m.tierLabel}）` : ""}
                {m.ceilingFen !== null ? ` ${formatFen(m.ceilingFen)}` : ""}：
                {m.failing.map((f) => f.text).join("；")}
              </List.Item>
            )}
          />
        </>
      )}
      <Typography.Text strong>上级方案同时支付</Typography.Text>
      {chain === null ? (
        <div className="muted">上级地区暂无已发布的方案</div>
      ) : above.length === 0 ? (
        <div className="muted">上级已发布的方案对该申请人不支付资金待遇</div>
      ) : (
        <List
          size="small"
          dataSource={above}
          renderItem={(e) => (
            <List.Item className="sim-above">
              <span>{entitlementHeadline(e)}</span>
              <Tag color="blue">{formatAmount(e)}</Tag>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
