import { Alert, Select, Space, Table, Tag, Typography } from "antd";
import type { ValueChoices, ValueColumn } from "./value-choices.ts";

/** The Select's stand-in for 无/不适用 (the mapping keeps it as an empty value). */
const NONE = "__none__";

/** Per mapped value column: each raw value, its count and first rows, and a Select of the catalogue. */
export function ValueMapping(props: {
  columns: readonly ValueColumn[];
  choices: ValueChoices;
  onChange: (key: string, raw: string, value: string | undefined) => void;
}) {
  if (props.columns.length === 0) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        值对应
      </Typography.Title>
      <Typography.Text type="secondary">
        文件中的写法逐一对应到目录中的值（已按名称自动匹配，请核对）。未对应的值照样计算该行，并在结果中列为“未识别的值”及所在行。
      </Typography.Text>
      {props.columns.map((column) => {
        const { key, options } = column.target;
        const unknown = column.values.filter((v) => props.choices[key]?.[v.value] === undefined);
        return (
          <div key={column.header} className="roster-value-column">
            <Typography.Text strong>
              {column.header} → {column.target.label}
            </Typography.Text>
            {unknown.length > 0 && (
              <Tag color="warning" style={{ marginInlineStart: 8 }}>
                {unknown.length} 个值未对应
              </Tag>
            )}
            <Table
              size="small"
              style={{ marginTop: 8 }}
              rowKey="value"
              pagination={column.values.length > 20 ? { pageSize: 20 } : false}
              dataSource={column.values}
              columns={[
                { title: "文件中的值", dataIndex: "value", width: 220 },
                {
                  title: "行数",
                  dataIndex: "count",
                  width: 90,
                  align: "right",
                  render: (n: number) => n.toLocaleString("zh-CN"),
                },
                {
                  title: "首见于",
                  dataIndex: "lines",
                  width: 230,
                  render: (lines: number[]) => `第 ${lines.join("、")} 行`,
                },
                {
                  title: "对应目录中的值",
                  render: (_: unknown, v: { value: string }) => {
                    const chosen = props.choices[key]?.[v.value];
                    return (
                      <Select
                        aria-label={`${column.header}「${v.value}」对应的值`}
                        style={{ width: "100%" }}
                        allowClear
                        placeholder="未对应（列为未识别的值）"
                        status={chosen === undefined ? "warning" : undefined}
                        options={[...options, { value: NONE, label: "无/不适用" }]}
                        value={chosen === undefined ? undefined : chosen === "" ? NONE : chosen}
                        onChange={(value: string | undefined) =>
                          props.onChange(
                            key,
                            v.value,
                            value === undefined ? undefined : value === NONE ? "" : value,
                          )
                        }
                      />
                    );
                  },
                },
              ]}
            />
            {column.otherRows > 0 && (
              <Alert
                style={{ marginTop: 8 }}
                type="info"
                showIcon
                title={`另有 ${column.otherRows} 行的值未列出（本列不同的值超过 ${column.values.length} 个）；它们按目录名称识别，识别不了的列为未识别的值。`}
              />
            )}
          </div>
        );
      })}
    </Space>
  );
}
