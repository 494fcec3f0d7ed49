import { Button, Checkbox, DatePicker, Select, Space, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { targetOptions } from "./targets.ts";
import type { RosterMapping, RosterUpload } from "./types.ts";
import { chosenValues, initialChoices, valueColumns } from "./value-choices.ts";
import { ValueMapping } from "./value-mapping.tsx";

/**
 * Map each column to a profile fact (suggested from the Chinese headers and the district's
 * saved mapping), then the raw values of the columns whose fact has a set of values to the
 * catalogue's values; choose the as-of date, run. Values left unmapped are listed after the
 * run with their rows.
 */
export function MappingStep(props: {
  upload: RosterUpload;
  busy: boolean;
  onRun: (mapping: RosterMapping, asOf: string, save: boolean) => void;
}) {
  const { upload } = props;
  const [columns, setColumns] = useState<Record<string, string>>(upload.mapping.columns);
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [save, setSave] = useState(true);
  const [choices, setChoices] = useState(() => initialChoices(upload));
  const mappedValues = useMemo(() => valueColumns(upload, columns), [upload, columns]);
  const options = useMemo(() => targetOptions(Object.values(upload.mapping.columns)), [upload]);
  const rows = upload.header.map((header, index) => ({
    key: header || `列${index + 1}`,
    header,
    samples: upload.sample.map((r) => r[index] ?? "").filter((v) => v !== ""),
  }));
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Text type="secondary">
        {upload.fileName}：{upload.rows.toLocaleString("zh-CN")} 行，{upload.header.length} 列
        {upload.encoding && upload.encoding !== "xlsx"
          ? `，编码 ${upload.encoding.toUpperCase()}`
          : ""}
        。请核对每一列对应的档案信息或事实；身份证号只用于核对，确认名单时才随名单保存。
      </Typography.Text>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: "表头", dataIndex: "header", width: 160 },
          {
            title: "示例",
            dataIndex: "samples",
            render: (samples: string[]) => (
              <Typography.Text type="secondary" ellipsis>
                {samples.slice(0, 3).join("、") || "—"}
              </Typography.Text>
            ),
          },
          {
            title: "对应",
            width: 320,
            render: (_: unknown, row: { header: string }) => (
              <Select
                style={{ width: "100%" }}
                showSearch={{ optionFilterProp: "label" }}
                options={options}
                value={columns[row.header] ?? "ignore"}
                onChange={(value: string) => setColumns({ ...columns, [row.header]: value })}
              />
            ),
          },
        ]}
      />
      <ValueMapping
        columns={mappedValues}
        choices={choices}
        onChange={(key, raw, value) => {
          const next = { ...choices[key] };
          if (value === undefined) delete next[raw];
          else next[raw] = value;
          setChoices({ ...choices, [key]: next });
        }}
      />
      <Space wrap>
        <span>计算日期</span>
        <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} />
        <Checkbox checked={save} onChange={(e) => setSave(e.target.checked)}>
          保存为本区的列映射和值对应，下次上传自动套用
        </Checkbox>
        <Button
          type="primary"
          loading={props.busy}
          onClick={() =>
            props.onRun(
              {
                ...upload.mapping,
                columns: columns as RosterMapping["columns"],
                values: chosenValues(upload, mappedValues, choices),
              },
              asOf.format("YYYY-MM-DD"),
              save,
            )
          }
        >
          开始匹配
        </Button>
      </Space>
    </Space>
  );
}
