import { UploadOutlined } from "@ant-design/icons";
import { Alert, Button, Input, Space, Upload } from "antd";
import { useState } from "react";
import { MAX_DOCX_BYTES, readDocx } from "./read-docx.ts";
import type { Source } from "./use-import.ts";

/** Paste the policy text, or choose a .docx (read in the browser, never uploaded as a file). */
export function SourceInput({
  issuerName,
  onRead,
}: {
  issuerName: string;
  onRead: (s: Source) => void;
}) {
  const [text, setText] = useState("");
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string>();

  const chooseFile = async (file: File) => {
    setProblem(undefined);
    setReading(true);
    const docx = await readDocx(file);
    setReading(false);
    if (docx.ok) onRead({ paragraphs: docx.paragraphs, fileName: file.name });
    else setProblem(docx.message);
  };

  return (
    <div className="import-input">
      <Alert
        type="info"
        showIcon
        title={`发文机关按本地区填写：${issuerName}。识别结果逐条确认后才会成为草稿；原文中没有写明的金额不会被猜测。`}
      />
      <Input.TextArea
        aria-label="政策原文"
        placeholder="在此粘贴政策文件全文（标题、文号、正文各条款、附件）"
        autoSize={{ minRows: 14, maxRows: 28 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {problem && <Alert type="error" showIcon title={problem} />}
      <Space>
        <Button type="primary" disabled={!text.trim()} onClick={() => onRead({ text })}>
          识别
        </Button>
        <Upload
          accept=".docx"
          showUploadList={false}
          beforeUpload={(file) => {
            void chooseFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={reading}>
            上传 Word 文件（.docx）
          </Button>
        </Upload>
        <span className="muted">
          文件不超过 {MAX_DOCX_BYTES / 1024 / 1024} MB；Word
          自动编号不会被读出，请在识别后核对条款编号
        </span>
      </Space>
    </div>
  );
}
