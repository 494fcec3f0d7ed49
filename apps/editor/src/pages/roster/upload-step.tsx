import { InboxOutlined } from "@ant-design/icons";
import { Alert, Upload } from "antd";
import { useState } from "react";
import type { RosterUpload } from "./types.ts";

/** Send the file as the raw body of the streamed upload route (session cookie + CSRF header). */
async function send(file: File, regionCode: string, csrfToken: string): Promise<RosterUpload> {
  const response = await fetch(
    `/api/roster/upload?regionCode=${regionCode}&fileName=${encodeURIComponent(file.name)}`,
    {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "x-csrf-token": csrfToken },
      body: file,
    },
  );
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? "上传失败，请稍后重试");
  return body as RosterUpload;
}

export function UploadStep(props: {
  regionCode: string;
  csrfToken: string;
  onUploaded: (upload: RosterUpload) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        customRequest={({ file }) => {
          setBusy(true);
          setError(null);
          send(file as File, props.regionCode, props.csrfToken)
            .then(props.onUploaded)
            .catch((e: Error) => setError(e.message))
            .finally(() => setBusy(false));
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{busy ? "正在上传并读取表头…" : "点击或拖入名单文件"}</p>
        <p className="ant-upload-hint">
          CSV（UTF-8 或 GB18030/GBK，如各系统导出）或 Excel（.xlsx），首行为表头，不超过 40 MB、20
          万行。文件只在匹配期间保存在服务器上。
        </p>
      </Upload.Dragger>
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon title={error} />}
    </>
  );
}
