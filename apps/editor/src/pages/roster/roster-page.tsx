import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, ConfigProvider, Steps } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useState } from "react";
import { useParams } from "react-router";
import { errorMessage, trpc } from "../../trpc.ts";
import { MappingStep } from "./mapping-step.tsx";
import { ResultsStep } from "./results-step.tsx";
import { RunProgress } from "./run-progress.tsx";
import type { RosterUpload } from "./types.ts";
import { UploadStep } from "./upload-step.tsx";

const active = new Set(["queued", "running"]);

/**
 * 免申即享 名单匹配: upload a register, map its columns, run it through the programs in force
 * (a job on the server: progress polled, cancellable, the page stays responsive), confirm the
 * list and download it.
 */
export function RosterPage() {
  const { regionCode = "" } = useParams();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [upload, setUpload] = useState<RosterUpload | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const start = useMutation(
    trpc.roster.start.mutationOptions({ onSuccess: (r) => setRunId(r.runId) }),
  );
  const cancel = useMutation(trpc.roster.cancel.mutationOptions());
  const run = useQuery({
    ...trpc.roster.get.queryOptions({ runId: runId ?? "" }),
    enabled: runId !== null,
    refetchInterval: (q) => (q.state.data && !active.has(q.state.data.status) ? false : 500),
  });
  const roles = new Set(
    me.data?.memberships.filter((m) => m.regionCode === regionCode).map((m) => m.role),
  );
  const canConfirm = roles.has("reviewer") || roles.has("publisher");
  const status = run.data?.status;
  const step = runId === null ? (upload === null ? 0 : 1) : status && !active.has(status) ? 3 : 2;
  // a run cancelled or failed ends at its own step, marked, with a way to start again
  const ended = step === 3 && status !== "done" && status !== "confirmed";
  const restart = () => {
    setRunId(null);
    setUpload(null);
    start.reset();
    cancel.reset();
  };

  return (
    <ConfigProvider locale={zhCN}>
      <title>名单匹配 · 匠策编辑后台</title>
      <div className="content-head">
        <div>
          <h1>名单匹配（免申即享）</h1>
          <p>上传各系统导出的人员名单，按本区现行政策逐人计算可享受的待遇，确认后形成发放名单。</p>
        </div>
      </div>
      <Card>
        <Steps
          current={ended ? 2 : step}
          status={ended ? "error" : "process"}
          style={{ marginBottom: 24 }}
          items={[
            { title: "上传名单" },
            { title: "核对列映射" },
            { title: "匹配" },
            { title: "确认名单" },
          ]}
        />
        {step === 0 && me.data && (
          <UploadStep
            regionCode={regionCode}
            csrfToken={me.data.csrfToken}
            onUploaded={setUpload}
          />
        )}
        {step === 1 && upload && (
          <>
            {start.isError && (
              <Alert
                type="error"
                showIcon
                title={errorMessage(start.error)}
                style={{ marginBottom: 16 }}
              />
            )}
            <MappingStep
              upload={upload}
              busy={start.isPending}
              onRun={(mapping, asOf, save) =>
                start.mutate({
                  uploadId: upload.uploadId,
                  regionCode,
                  mapping,
                  asOf,
                  saveMapping: save,
                })
              }
            />
          </>
        )}
        {step === 2 && (
          <RunProgress
            run={run.data}
            cancelling={cancel.isPending}
            onCancel={() => runId && cancel.mutate({ runId })}
          />
        )}
        {step === 3 && run.data && status === "done" && (
          <ResultsStep run={run.data} canConfirm={canConfirm} />
        )}
        {ended && run.data && (
          <Alert
            type={status === "cancelled" ? "info" : "error"}
            showIcon
            title={
              status === "cancelled"
                ? "已取消，未保留名单的任何内容"
                : (run.data.error ?? "匹配失败")
            }
            action={<Button onClick={restart}>重新上传名单</Button>}
          />
        )}
        {run.isError && <Alert type="error" showIcon title={errorMessage(run.error)} />}
      </Card>
    </ConfigProvider>
  );
}
