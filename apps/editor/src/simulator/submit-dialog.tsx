import { type TestRun, testRunFailureLines, testRunSummary } from "@jiangce/rule-schema";
import type { App } from "antd";

type Modal = ReturnType<typeof App.useApp>["modal"];

/**
 * 提交审核 with the test cases' state: failing cases are listed with expected vs actual and the
 * clause. Submitting stays allowed; the server records the same results in the submission's
 * audit entry for the reviewer.
 */
export function confirmSubmission(modal: Modal, run: TestRun, submit: () => Promise<void>) {
  const failures = testRunFailureLines(run);
  modal.confirm({
    title: "提交审核",
    width: 560,
    content: (
      <div className="submit-dialog">
        <p>{testRunSummary(run)}</p>
        {failures.length > 0 && (
          <>
            <p>以下测试用例未通过，仍可提交；未通过的情况将随提交记录供审核人查看：</p>
            <ul className="submit-failures">
              {failures.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    ),
    okText: failures.length > 0 ? "仍然提交" : "提交",
    cancelText: "取消",
    onOk: submit,
  });
}
