import { Alert, Collapse, Table } from "antd";
import ReactECharts from "echarts-for-react";
import type { RouterOutputs } from "../trpc.ts";

type Cost = NonNullable<RouterOutputs["version"]["review"]["cost"]>;

const wan = (fen: number) => Math.round(fen / 10_000) / 100;

/** The cost headline, a bar chart by clause (上一稿 / 本稿, 万元) and the working of each line. */
export function CostPanel({ cost, problem }: { cost: Cost | null; problem: string | null }) {
  if (!cost)
    return <Alert type="warning" title={`无法测算经费：${problem ?? "方案尚未通过校验"}`} />;
  const clauses = cost.byClause.filter((c) => c.beforeFen !== 0 || c.afterFen !== 0);
  const option = {
    // drawn at once: a reviewer (and a screenshot) reads the figures, not a growing bar
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: ["上一稿", "本稿"] },
    grid: { left: 60, right: 20, bottom: 60, top: 40 },
    xAxis: {
      type: "category",
      data: clauses.map((c) => c.citation),
      axisLabel: { rotate: clauses.length > 6 ? 30 : 0 },
    },
    yAxis: { type: "value", name: "万元" },
    series: [
      { name: "上一稿", type: "bar", data: clauses.map((c) => wan(c.beforeFen)) },
      { name: "本稿", type: "bar", data: clauses.map((c) => wan(c.afterFen)) },
    ],
  };
  return (
    <div className="cost-panel">
      <Alert type={cost.total.deltaFen > 0 ? "warning" : "info"} title={cost.headline} />
      <ReactECharts option={option} style={{ height: 280 }} notMerge />
      <Collapse
        size="small"
        items={clauses.map((c) => ({
          key: c.clauseId,
          label: `${c.citation} 上一稿 ${wan(c.beforeFen)} 万元 → 本稿 ${wan(c.afterFen)} 万元`,
          children: (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={c.linesAfter}
              columns={[
                { title: "待遇", dataIndex: "label" },
                { title: "测算过程", dataIndex: "working" },
              ]}
            />
          ),
        }))}
      />
    </div>
  );
}
