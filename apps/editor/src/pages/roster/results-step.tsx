import { payerLabels } from "@jiangce/rule-schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Descriptions, Space, Statistic, Table, Tabs, Tag } from "antd";
import { useState } from "react";
import { errorMessage, trpc } from "../../trpc.ts";
import { yuan } from "./targets.ts";
import type { RosterRun, RosterSummary } from "./types.ts";

// the engine's words for who pays, keyed by any string the stored summary holds
const payerLabel: Record<string, string> = payerLabels;

function TotalsTable({
  totals,
  label,
}: {
  totals: RosterSummary["totals"]["byProgram"];
  label: (k: string) => string;
}) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={Object.values(totals).sort((a, b) => b.fen - a.fen)}
      columns={[
        { title: "名称", dataIndex: "key", render: label },
        { title: "人数", dataIndex: "rows", align: "right" },
        { title: "项数", dataIndex: "entitlements", align: "right" },
        {
          title: "金额",
          align: "right",
          render: (_: unknown, t: { fen: number; unspecified: number }) =>
            `${yuan(t.fen)}${t.unspecified > 0 ? `（另 ${t.unspecified} 项按规定）` : ""}`,
        },
      ]}
    />
  );
}

/** A done run: totals, rows that could not be evaluated, unknown values, the list to confirm. */
export function ResultsStep({ run, canConfirm }: { run: RosterRun; canConfirm: boolean }) {
  const summary = run.summary as unknown as RosterSummary;
  const [page, setPage] = useState(1);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const rows = useQuery(
    trpc.roster.rows.queryOptions({
      runId: run.id,
      offset: (page - 1) * 50,
      limit: 50,
      payingOnly: true,
    }),
  );
  const confirm = useMutation(trpc.roster.confirm.mutationOptions());
  const listId = confirm.data?.listId;

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space size="large" wrap>
        <Statistic title="读取行数" value={summary.rows} />
        <Statistic title="有待遇" value={summary.paying} />
        <Statistic title="无法计算" value={summary.failedCount} />
        <Statistic title="未识别的值" value={summary.unknown.length} />
      </Space>
      <Tabs
        items={[
          {
            key: "list",
            label: "名单（勾选确认）",
            children: (
              <Table
                size="small"
                rowKey="line"
                loading={rows.isPending}
                dataSource={rows.data?.rows ?? []}
                pagination={{
                  current: page,
                  pageSize: 50,
                  total: rows.data?.total ?? 0,
                  onChange: setPage,
                  showSizeChanger: false,
                }}
                rowSelection={{
                  selectedRowKeys: (rows.data?.rows ?? [])
                    .map((r) => r.line)
                    .filter((l) => !excluded.has(l)),
                  onSelect: (row, selected) => {
                    const next = new Set(excluded);
                    if (selected) next.delete(row.line);
                    else next.add(row.line);
                    setExcluded(next);
                  },
                  hideSelectAll: true,
                }}
                columns={[
                  { title: "行号", dataIndex: "line", width: 70 },
                  { title: "姓名", dataIndex: "name", width: 110 },
                  {
                    title: "待遇（条款）",
                    render: (_: unknown, r: NonNullable<typeof rows.data>["rows"][number]) =>
                      r.entitlements.map((e) => (
                        <div key={`${e.programId}/${e.benefitId}`} className="roster-line">
                          <span>{e.label}</span>
                          <Tag>{e.citation}</Tag>
                          <span>
                            {e.amountFen === null ? "按规定" : yuan(e.amountFen)}
                            {e.upTo ? "（最高）" : ""} · {payerLabel[e.payer] ?? e.payer}
                          </span>
                        </div>
                      )),
                  },
                  {
                    title: "差一点符合",
                    render: (_: unknown, r: NonNullable<typeof rows.data>["rows"][number]) =>
                      r.nearMisses.map((m) => (
                        <div
                          key={`${m.citation}/${m.label}`}
                          className="roster-line roster-near-miss"
                        >
                          <span>{m.label}</span>
                          <Tag>{m.citation}</Tag>
                          <span>{m.reasons.join("；")}</span>
                        </div>
                      )),
                  },
                  {
                    title: "合计",
                    dataIndex: "totalFen",
                    align: "right",
                    width: 120,
                    render: yuan,
                  },
                ]}
              />
            ),
          },
          {
            key: "totals",
            label: "合计",
            children: (
              <Space orientation="vertical" style={{ width: "100%" }}>
                <TotalsTable totals={summary.totals.byProgram} label={(k) => k} />
                <TotalsTable totals={summary.totals.byMatter} label={(k) => k} />
                <TotalsTable totals={summary.totals.byPayer} label={(k) => payerLabel[k] ?? k} />
              </Space>
            ),
          },
          {
            key: "failed",
            label: `无法计算（${summary.failedCount}）`,
            children: (
              <Table
                size="small"
                rowKey="line"
                dataSource={summary.failed}
                columns={[
                  { title: "行号", dataIndex: "line", width: 90 },
                  { title: "原因", dataIndex: "reason" },
                ]}
              />
            ),
          },
          {
            key: "unknown",
            label: `未识别的值（${summary.unknown.length}）`,
            children: (
              <Table
                size="small"
                rowKey={(u) => `${u.target}/${u.value}`}
                dataSource={summary.unknown}
                columns={[
                  { title: "列", dataIndex: "column", width: 140 },
                  { title: "值", dataIndex: "value", width: 160 },
                  { title: "行数", dataIndex: "count", width: 80 },
                  {
                    title: "所在行",
                    dataIndex: "lines",
                    render: (l: number[]) => l.slice(0, 20).join("、"),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {confirm.isError && <Alert type="error" showIcon title={errorMessage(confirm.error)} />}
      {listId ? (
        <Descriptions
          bordered
          size="small"
          items={[
            {
              key: "n",
              label: "已确认",
              children: `${confirm.data?.rowCount} 人，名单已保存并记入审计日志`,
            },
            {
              key: "d",
              label: "下载",
              children: (
                <Space>
                  <a href={`/api/roster/lists/${listId}/export?format=xlsx`}>Excel（.xlsx）</a>
                  <a href={`/api/roster/lists/${listId}/export?format=csv`}>CSV</a>
                </Space>
              ),
            },
          ]}
        />
      ) : (
        <Button
          type="primary"
          disabled={!canConfirm}
          loading={confirm.isPending}
          onClick={() => confirm.mutate({ runId: run.id, excludeLines: [...excluded] })}
        >
          确认名单（{Math.max(0, summary.paying - excluded.size)} 人）
        </Button>
      )}
    </Space>
  );
}
