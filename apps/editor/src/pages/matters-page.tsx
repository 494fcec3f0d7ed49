// 跨地区对比: one matter (a matter id or words of its label) in every published program of the
// seed regions, side by side: program, district, clause, amount and conditions in the engine's
// words. Read from the public portal API, so it shows what is in force, not drafts.
import { validateProgram } from "@jiangce/rule-schema";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Alert, AutoComplete, Card, Empty, Space, Spin, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  type MatterGrant,
  matterGrants,
  matterOptions,
  type PublishedProgram,
} from "../matters/matter-grants.ts";
import { errorMessage, trpc } from "../trpc.ts";

function usePublishedPrograms() {
  const regions = useQuery(trpc.portal.listRegions.queryOptions());
  const lists = useQueries({
    queries: (regions.data ?? []).map((r) =>
      trpc.portal.listPrograms.queryOptions({ regionCode: r.code }),
    ),
  });
  // a city's program is listed under each of its districts too: read it once
  const ids = [...new Set(lists.flatMap((l) => (l.data ?? []).map((p) => p.programId)))];
  const programs = useQueries({
    queries: ids.map((programId) => trpc.portal.getProgram.queryOptions({ programId })),
  });
  // each program is read with the catalogues of its issuer's region (and above)
  const issuers = [...new Set(programs.flatMap((p) => (p.data ? [p.data.issuer.code] : [])))];
  const chains = useQueries({
    queries: issuers.map((regionCode) => trpc.portal.getCatalogues.queryOptions({ regionCode })),
  });
  const cataloguesOf = new Map(issuers.map((code, i) => [code, chains[i]?.data ?? []]));
  const loading =
    regions.isPending ||
    lists.some((l) => l.isPending) ||
    programs.some((p) => p.isPending) ||
    chains.some((c) => c.isPending);
  const error = regions.error ?? lists.find((l) => l.error)?.error ?? null;
  const published: PublishedProgram[] = programs.flatMap((p) => {
    const catalogues = p.data ? (cataloguesOf.get(p.data.issuer.code) ?? []) : [];
    const checked = p.data ? validateProgram(p.data.document, { catalogues }) : null;
    if (!p.data || !checked?.ok) return [];
    return [
      {
        programId: p.data.programId,
        title: p.data.title,
        district: p.data.issuer.name,
        document: checked.value,
        catalogues,
      },
    ];
  });
  return { published, loading, error };
}

function GrantCard({ rows }: { rows: MatterGrant[] }) {
  const first = rows[0];
  if (!first) return null;
  return (
    <Card
      className="matter-card"
      size="small"
      title={
        <span>
          <Tag color="blue">{first.district}</Tag>
          {first.programTitle}
        </span>
      }
    >
      {rows.map((r) => (
        <div key={r.benefitId} className="matter-grant">
          <Typography.Text type="secondary">条款 {r.citation}</Typography.Text>
          {r.grants.map((g) => (
            <div key={g}>{g}</div>
          ))}
          <div>
            <Typography.Text type="secondary">金额：</Typography.Text>
            {r.amounts.length ? r.amounts.join("；") : "原文未定"}
          </div>
          <div>
            <Typography.Text type="secondary">条件：</Typography.Text>
            {r.conditions.length ? r.conditions.join("；") : "无附加条件"}
          </div>
        </div>
      ))}
    </Card>
  );
}

export function MattersPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const { published, loading, error } = usePublishedPrograms();
  const rows = useMemo(() => matterGrants(published, query), [published, query]);
  const options = useMemo(
    () =>
      matterOptions(published)
        .filter((o) => query === "" || o.label.includes(query) || o.matter.includes(query))
        .map((o) => ({ value: o.matter, label: `${o.label}（${o.matter}）` })),
    [published, query],
  );
  const byProgram = new Map<string, MatterGrant[]>();
  for (const r of rows) byProgram.set(r.programId, [...(byProgram.get(r.programId) ?? []), r]);

  return (
    <>
      <title>跨地区对比 · 匠策编辑后台</title>
      <h1>跨地区对比</h1>
      <Space orientation="vertical" style={{ width: "100%" }} size="middle">
        <AutoComplete
          aria-label="事项"
          style={{ maxWidth: 560, width: "100%" }}
          placeholder="输入事项编号或名称，如“技能大师工作室”"
          value={query}
          options={options}
          onChange={(q) => setParams(q ? { q } : {}, { replace: true })}
          allowClear
        />
        {error && <Alert type="error" title={errorMessage(error)} />}
        {loading ? (
          <Spin tip="正在读取已发布的方案…">
            <div style={{ height: 120 }} />
          </Spin>
        ) : query.trim() === "" ? (
          <Typography.Text type="secondary">
            共读取 {published.length} 个已发布方案。输入事项后，各地给予该事项的待遇并列显示。
          </Typography.Text>
        ) : rows.length === 0 ? (
          <Empty description="已发布的方案中没有该事项" />
        ) : (
          <>
            <Typography.Text>
              {byProgram.size} 个方案、{rows.length} 项待遇涉及“{query.trim()}”
            </Typography.Text>
            <div className="matter-grid">
              {[...byProgram.values()].map((programRows) => (
                <GrantCard key={programRows[0]?.programId} rows={programRows} />
              ))}
            </div>
          </>
        )}
      </Space>
    </>
  );
}
