// 测试用例总览: every test case of every program the district owns, run in the browser by the
// engine on each program's latest version (what the drafters are working on).
import {
  runTestCases,
  type TestRun,
  testRunFailureLines,
  testRunSummary,
  validateProgram,
} from "@jiangce/rule-schema";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Alert, Table, Tag } from "antd";
import { Link, useParams } from "react-router";
import { useCatalogueChain } from "../catalogue/use-chain.ts";
import { errorMessage, trpc } from "../trpc.ts";

interface Row {
  id: string;
  title: string;
  version: number | null;
  run: TestRun | null;
  /** the latest version is an incomplete draft: its cases cannot run */
  invalid: boolean;
  loading: boolean;
}

/** Validated and run with the district's catalogue chain, as the server does at submit. */
function runOf(
  document: unknown,
  chain: ReturnType<typeof useCatalogueChain>,
): { run: TestRun | null; invalid: boolean } {
  const checked = validateProgram(document, chain.context);
  if (!checked.ok) return { run: null, invalid: true };
  return { run: runTestCases(checked.value, { catalogues: chain.catalogues }), invalid: false };
}

export function DistrictTests() {
  const { regionCode = "" } = useParams();
  const programs = useQuery(trpc.program.list.queryOptions({ regionCode }));
  const chain = useCatalogueChain(regionCode);
  const list = programs.data ?? [];
  const versions = useQueries({
    queries: list.map((p) => ({
      ...trpc.version.get.queryOptions({ versionId: p.latestVersion?.id ?? "" }),
      enabled: Boolean(p.latestVersion),
    })),
  });
  const rows: Row[] = list.map((p, i) => {
    const v = versions[i];
    const outcome = v?.data ? runOf(v.data.document, chain) : { run: null, invalid: false };
    return {
      id: p.id,
      title: p.title,
      version: p.latestVersion?.number ?? null,
      loading: Boolean(v?.isPending && p.latestVersion),
      ...outcome,
    };
  });
  const failed = rows.reduce((n, r) => n + (r.run?.failed ?? 0), 0);
  const passed = rows.reduce((n, r) => n + (r.run?.passed ?? 0), 0);

  return (
    <>
      <title>测试用例总览 · 匠策编辑后台</title>
      <div className="content-head">
        <div>
          <h1>测试用例总览</h1>
          <p>
            本地区全部方案的测试用例，按各方案最新版本逐一计算：
            <span className="district-tests-total">
              共{passed + failed}个，{passed}个通过，{failed}个未通过
            </span>
          </p>
        </div>
        <Link to={`/d/${regionCode}`}>返回方案列表</Link>
      </div>
      {programs.isError && <Alert type="error" title={errorMessage(programs.error)} />}
      <Table<Row>
        className="district-tests"
        rowKey="id"
        loading={programs.isPending}
        dataSource={rows}
        pagination={false}
        expandable={{
          rowExpandable: (r) => (r.run?.failed ?? 0) > 0,
          expandedRowRender: (r) => (
            <ul className="submit-failures">
              {testRunFailureLines(r.run!).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ),
        }}
        columns={[
          {
            title: "方案名称",
            key: "title",
            render: (_, r) => <Link to={`/d/${regionCode}/p/${r.id}`}>{r.title}</Link>,
          },
          {
            title: "版本",
            key: "version",
            render: (_, r) => (r.version === null ? "—" : `第 ${r.version} 版`),
          },
          {
            title: "测试结果",
            key: "result",
            render: (_, r) =>
              r.loading ? (
                "计算中…"
              ) : r.invalid ? (
                <Tag color="orange">方案尚不完整，无法运行</Tag>
              ) : r.run ? (
                <Tag
                  color={r.run.failed > 0 ? "red" : r.run.outcomes.length > 0 ? "green" : "default"}
                >
                  {testRunSummary(r.run)}
                </Tag>
              ) : (
                "—"
              ),
          },
        ]}
      />
    </>
  );
}
