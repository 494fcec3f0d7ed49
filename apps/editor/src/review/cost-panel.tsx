import { formatFen } from "@jiangce/rule-schema";
import { Alert, Collapse, Table } from "antd";
import ReactECharts from "echarts-for-react";
import type { RouterOutputs } from "../trpc.ts";
import { AssumptionsForm } from "./assumptions-form.tsx";

type Review = RouterOutputs["version"]["review"];
type Cost = NonNullable<Review["cost"]>;
type Line = Cost["byClause"][number]["linesAfter"][number];

// the chart's axis is in 万元 (a plotted figure, rounded to the 元); sentences use the engine's words
const wan = (fen: number) => Math.round(fen / 10_000) / 100;

/** The lines behind one clause's figure: what was counted, how, and from which assumption. */
function Working({ lines }: { lines: Line[] }) {
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={lines}
      columns={[
        { title: "待遇", dataIndex: "label", width: "22%" },
        { title: "测算过程", dataIndex: "working" },
        {
          title: "测算依据",
          key: "basis",
          render: (_: unknown, l: Line) => [...l.basis, ...l.notes].join("；") || "—",
        },
      ]}
    />
  );
}

/**
 * 经费测算: the assumptions form, the headline, a bar chart by clause (上一稿 / 本稿, 万元), the
 * working of each line with the assumption it used, and what could not be costed and why.
 */
export function CostPanel({
  cost,
  problem,
  budget,
  titleOf = () => undefined,
}: {
  cost: Cost | null;
  problem: string | null;
  budget: Review["budget"];
  /** how the page names a clause ("一、 每年评选区级工匠10名"); the citation alone otherwise */
  titleOf?: (clauseId: string) => string | undefined;
}) {
  const form = <AssumptionsForm budget={budget} />;
  if (!cost)
    return (
      <div className="cost-panel">
        {form}
        <Alert type="warning" title={`无法测算经费：${problem ?? "方案尚未通过校验"}`} />
      </div>
    );
  const clauses = cost.byClause
    .filter((c) => c.beforeFen !== 0 || c.afterFen !== 0)
    .map((c) => ({ ...c, title: titleOf(c.clauseId) ?? c.citation }));
  const option = {
    // drawn at once: a reviewer (and a screenshot) reads the figures, not a growing bar
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: ["上一稿", "本稿"] },
    grid: { left: 60, right: 20, bottom: 60, top: 40 },
    xAxis: {
      type: "category",
      data: clauses.map((c) => c.title),
      // names, not bare numbers ("一、"): cut to the bar's width rather than overlapping
      axisLabel: { rotate: clauses.length > 6 ? 30 : 0, width: 120, overflow: "truncate" },
    },
    yAxis: { type: "value", name: "万元" },
    series: [
      { name: "上一稿", type: "bar", data: clauses.map((c) => wan(c.beforeFen)) },
      { name: "本稿", type: "bar", data: clauses.map((c) => wan(c.afterFen)) },
    ],
  };
  return (
    <div className="cost-panel">
      {form}
      <Alert
        className="cost-headline"
        type={cost.total.deltaFen > 0 ? "warning" : "info"}
        title={cost.headline}
      />
      {cost.unknowns.after.length > 0 && (
        <Alert
          type="info"
          title="以下待遇本稿无法测算，未计入合计"
          description={
            <ul className="cost-unknowns">
              {cost.unknowns.after.map((u) => (
                <li key={u.key}>
                  {u.citation} {u.label}：{u.reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {clauses.length > 0 && <ReactECharts option={option} style={{ height: 280 }} notMerge />}
      <Collapse
        size="small"
        items={clauses.map((c) => ({
          key: c.clauseId,
          label: `${c.title} 上一稿 ${formatFen(c.beforeFen)} → 本稿 ${formatFen(c.afterFen)}`,
          children: <Working lines={c.linesAfter} />,
        }))}
      />
    </div>
  );
}
