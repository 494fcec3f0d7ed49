import { Table, Tabs } from "antd";
import type { RouterOutputs } from "../trpc.ts";

type Impact = NonNullable<RouterOutputs["version"]["review"]["impact"]>;

const BUCKETS: { key: keyof Impact; label: string }[] = [
  { key: "newly-eligible", label: "新增享受" },
  { key: "gains", label: "增加" },
  { key: "unchanged", label: "不变" },
  { key: "loses", label: "减少" },
  { key: "loses-eligibility", label: "不再享受" },
];

const yuan = (fen: number) => `${(fen / 100).toLocaleString("zh-CN")}元`;

/** Who gains and who loses: each bucket a list of profiles (测试用例 and sample roster). */
export function ImpactPanel({ impact }: { impact: Impact }) {
  return (
    <Tabs
      items={BUCKETS.map((b) => ({
        key: b.key,
        label: `${b.label}（${impact[b.key].length}）`,
        children: (
          <Table
            size="small"
            rowKey="caseId"
            pagination={{ pageSize: 8 }}
            dataSource={impact[b.key]}
            columns={[
              { title: "对象", dataIndex: "name" },
              {
                title: "来源",
                key: "s",
                render: (_, r) => (r.source === "test-case" ? "测试用例" : "样本名单"),
              },
              { title: "上一稿", key: "b", render: (_, r) => yuan(r.beforeFen) },
              { title: "本稿", key: "a", render: (_, r) => yuan(r.afterFen) },
              { title: "享受待遇（本稿）", key: "l", render: (_, r) => r.after.join("；") || "—" },
            ]}
          />
        ),
      }))}
    />
  );
}
