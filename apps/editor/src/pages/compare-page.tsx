import { useQuery } from "@tanstack/react-query";
import { Alert, Anchor, Button, Card, Select, Space, Spin, Switch, Tabs } from "antd";
import { Link, useParams, useSearchParams } from "react-router";
import { ClauseChanges, clauseAnchor, STATUS } from "../review/clause-changes.tsx";
import { clauseTitle } from "../review/clause-title.ts";
import { CostPanel } from "../review/cost-panel.tsx";
import { ExportButtons } from "../review/export-buttons.tsx";
import { ImpactPanel } from "../review/impact-panel.tsx";
import { VersionActions } from "../review/version-actions.tsx";
import { errorMessage, trpc } from "../trpc.ts";

/**
 * 对比与审核: two versions of a program compared (shareable URL: ?from=&to=&view=&all=), the
 * changes as sentences, the cost and who gains or loses, and the workflow of the newer version.
 */
export function ComparePage() {
  const { regionCode = "", programId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const program = useQuery(trpc.program.get.queryOptions({ programId }));
  const versions = program.data?.versions ?? [];
  const to = params.get("to") ?? versions[0]?.id ?? "";
  const live = program.data?.publishedVersionId;
  const from =
    params.get("from") ??
    (live && live !== to ? live : versions.find((v) => v.id !== to)?.id) ??
    to;
  const view = params.get("view") === "inline" ? "inline" : "side";
  const showAll = params.get("all") === "1";
  const review = useQuery({
    ...trpc.version.review.queryOptions({ fromVersionId: from, toVersionId: to }),
    enabled: from !== "" && to !== "",
  });
  const target = useQuery({
    ...trpc.version.get.queryOptions({ versionId: to }),
    enabled: to !== "",
  });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    if (!next.get("from")) next.set("from", from);
    if (!next.get("to")) next.set("to", to);
    setParams(next, { replace: true });
  };

  if (program.isPending)
    return (
      <Spin tip="正在加载…">
        <div style={{ height: 200 }} />
      </Spin>
    );
  if (program.isError) return <Alert type="error" title={errorMessage(program.error)} />;
  const options = versions.map((v) => ({
    value: v.id,
    label: `第 ${v.number} 版${v.snapshotName ? `（${v.snapshotName}）` : ""}`,
  }));
  const diff = review.data?.diff;
  const clauses = diff
    ? diff.clauses.filter((c) => showAll || c.status !== "unchanged" || c.moved)
    : [];

  return (
    <div className="compare-page">
      <Space wrap className="compare-toolbar">
        <Link to={`/d/${regionCode}/p/${programId}`}>← {program.data.title}</Link>
        <span>比较</span>
        <Select
          style={{ width: 200 }}
          value={from}
          options={options}
          onChange={(v) => set("from", v)}
          aria-label="原版本"
        />
        <span>→</span>
        <Select
          style={{ width: 200 }}
          value={to}
          options={options}
          onChange={(v) => set("to", v)}
          aria-label="新版本"
        />
        <Switch
          checkedChildren="并排"
          unCheckedChildren="行内"
          checked={view === "side"}
          onChange={(c) => set("view", c ? null : "inline")}
        />
        <Switch
          checkedChildren="全部条文"
          unCheckedChildren="只看修改"
          checked={showAll}
          onChange={(c) => set("all", c ? "1" : null)}
        />
        {to && from && <ExportButtons fromVersionId={from} toVersionId={to} />}
        <Button onClick={() => navigator.clipboard?.writeText(window.location.href)}>
          复制链接
        </Button>
      </Space>
      {review.isPending ? (
        <Spin tip="正在比较…">
          <div style={{ height: 200 }} />
        </Spin>
      ) : review.isError ? (
        <Alert type="error" title={errorMessage(review.error)} />
      ) : !diff ? (
        <Alert type="warning" title="有版本尚未通过校验，暂不能比较结构化内容。" />
      ) : (
        <div className="compare-body">
          <Anchor
            className="compare-outline"
            offsetTop={16}
            items={clauses.map((c) => ({
              key: c.clauseId,
              href: `#${clauseAnchor(c)}`,
              title: (
                <span className={`outline-item outline-${c.status}`}>
                  {clauseTitle(c)}
                  {c.status !== "unchanged" && (
                    <span className="outline-status">{STATUS[c.status].label}</span>
                  )}
                </span>
              ),
            }))}
          />
          <div className="compare-main">
            {target.data && (
              <Card size="small" title={`第 ${target.data.number} 版 · 审核`}>
                <VersionActions version={target.data} regionCode={regionCode} />
              </Card>
            )}
            <Tabs
              items={[
                {
                  key: "changes",
                  label: `修改（${diff.summary.changed + diff.summary.added + diff.summary.removed}）`,
                  children: (
                    <>
                      {diff.program.length > 0 && (
                        <Card size="small" title="全文">
                          <ul className="change-sentences">
                            {diff.program.map((c) => (
                              <li key={c.sentence}>{c.sentence}</li>
                            ))}
                          </ul>
                        </Card>
                      )}
                      <ClauseChanges
                        clauses={clauses}
                        view={view}
                        comments={
                          target.data
                            ? {
                                versionId: target.data.id,
                                canComment: target.data.permissions.canComment,
                              }
                            : undefined
                        }
                      />
                    </>
                  ),
                },
                {
                  key: "cost",
                  label: "经费测算",
                  children: (
                    <CostPanel
                      cost={review.data.cost}
                      problem={review.data.costProblem}
                      budget={review.data.budget}
                      titleOf={(id) => {
                        const clause = clauses.find((c) => c.clauseId === id);
                        return clause ? clauseTitle(clause, 10) : undefined;
                      }}
                    />
                  ),
                },
                {
                  key: "impact",
                  label: "受影响对象",
                  children: review.data.impact ? <ImpactPanel impact={review.data.impact} /> : null,
                },
              ]}
            />
          </div>
        </div>
      )}
    </div>
  );
}
