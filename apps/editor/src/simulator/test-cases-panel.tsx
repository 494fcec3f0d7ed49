// The program's test cases: each re-run on every edit, failures with expected vs actual and the
// clause; delete; import and export as CSV (Chinese headers) or JSON.
import {
  benefitCheckText,
  exportTestCasesCsv,
  exportTestCasesJson,
  importTestCasesCsv,
  importTestCasesJson,
  type Program,
  type TestCase,
  type TestRun,
  testRunSummary,
} from "@jiangce/rule-schema";
import { Alert, App, Button, List, Popconfirm, Space, Tag, Upload } from "antd";
import { download } from "../components/download.ts";
import "./handled.ts";

/** Imported cases replace cases of the same id and are added after the others. */
export function mergeCases(existing: readonly TestCase[], imported: readonly TestCase[]) {
  const ids = new Set(imported.map((c) => c.id));
  return [...existing.filter((c) => !ids.has(c.id)), ...imported];
}

export function TestCasesPanel({
  program,
  run,
  editable,
  onCases,
  onOpen,
}: {
  program: Program;
  run: TestRun;
  editable: boolean;
  onCases: (cases: TestCase[]) => void;
  /** shows the case's profile and date in the simulator */
  onOpen: (testCase: TestCase) => void;
}) {
  const { message } = App.useApp();
  const cases = program.testCases ?? [];
  const setCases = onCases;
  const importFile = async (file: File) => {
    const text = await file.text();
    const result = /\.json$/i.test(file.name)
      ? importTestCasesJson(text)
      : importTestCasesCsv(text);
    if (result.cases.length > 0) setCases(mergeCases(cases, result.cases));
    const skipped = result.issues.map((i) => i.message).join("；");
    if (result.issues.length > 0)
      message.warning(
        `导入${result.cases.length}个测试用例，${result.issues.length}个未导入：${skipped}`,
      );
    else message.success(`已导入${result.cases.length}个测试用例`);
  };
  return (
    <div className="test-cases" data-testid="test-cases">
      <Space wrap className="test-cases-bar">
        <Tag
          color={run.error ? "orange" : run.failed > 0 ? "red" : "green"}
          className="test-summary"
        >
          {testRunSummary(run)}
        </Tag>
        <Upload
          accept=".csv,.json"
          showUploadList={false}
          disabled={!editable}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button size="small" disabled={!editable}>
            导入（CSV/JSON）
          </Button>
        </Upload>
        <Button
          size="small"
          disabled={cases.length === 0}
          onClick={() =>
            download(`${program.id}-测试用例.csv`, exportTestCasesCsv(cases), "text/csv")
          }
        >
          导出CSV
        </Button>
        <Button
          size="small"
          disabled={cases.length === 0}
          onClick={() =>
            download(
              `${program.id}-测试用例.json`,
              exportTestCasesJson(program.id, cases),
              "application/json",
            )
          }
        >
          导出JSON
        </Button>
      </Space>
      {run.error && <Alert type="warning" showIcon title={testRunSummary(run)} />}
      <List
        size="small"
        // failing cases first: they are what the drafter came to see
        dataSource={[...run.outcomes].sort((a, b) => Number(a.pass) - Number(b.pass))}
        locale={{ emptyText: "尚无测试用例：在“模拟计算”中填写情形后点击“保存为测试用例”" }}
        renderItem={(o) => (
          <List.Item
            className={`test-case ${o.pass ? "is-pass" : "is-fail"}`}
            data-case={o.testCase.id}
            actions={[
              <Button key="open" size="small" type="link" onClick={() => onOpen(o.testCase)}>
                在模拟中打开
              </Button>,
              ...(editable
                ? [
                    <Popconfirm
                      key="delete"
                      title="删除该测试用例？"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => setCases(cases.filter((c) => c.id !== o.testCase.id))}
                    >
                      <Button size="small" type="link" danger>
                        删除
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <div>
              <Tag color={o.pass ? "green" : "red"}>{o.pass ? "通过" : "未通过"}</Tag>
              <span className="test-case-name">{o.testCase.name}</span>
              <span className="muted">（{o.testCase.asOf}）</span>
              {o.checks
                .filter((c) => !c.pass)
                .map((c) => (
                  <div key={c.benefitId} className="test-check-failed">
                    {benefitCheckText(c)}
                  </div>
                ))}
              {o.checks.length === 0 && <div className="muted">预期：不享受本方案任何资金待遇</div>}
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}
