import { useQueryClient } from "@tanstack/react-query";
import { App, Button } from "antd";
import { useState } from "react";
import { download } from "../components/download.ts";
import { errorMessage, type RouterInputs, trpc } from "../trpc.ts";

function save(file: { fileName: string; mimeType: string; base64: string }) {
  download(
    file.fileName,
    Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)),
    file.mimeType,
  );
}

/** 下载修改对照表 / 下载公文 (.docx), made by the server on request. */
export function ExportButtons({
  fromVersionId,
  toVersionId,
}: {
  fromVersionId: string;
  toVersionId: string;
}) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (input: RouterInputs["version"]["exportDocx"]) => {
    setBusy(input.kind);
    try {
      save(await client.fetchQuery(trpc.version.exportDocx.queryOptions(input)));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button
        loading={busy === "change-table"}
        onClick={() => download({ kind: "change-table", fromVersionId, toVersionId })}
      >
        下载修改对照表
      </Button>
      <Button
        loading={busy === "official-document"}
        onClick={() => download({ kind: "official-document", versionId: toVersionId })}
      >
        下载公文
      </Button>
    </>
  );
}
