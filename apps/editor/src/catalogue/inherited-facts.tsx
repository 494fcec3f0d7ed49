import type { FactDeclaration } from "@jiangce/rule-schema";
import { Card, Empty, Space, Table, Tag } from "antd";
import { factTypeLabels } from "../inspector/fact-options-editor.tsx";
import type { CatalogueChain } from "./chain.ts";

/** One source's declarations, read-only: name, key, type, values in their order. */
function FactsTable({ facts }: { facts: readonly FactDeclaration[] }) {
  return (
    <Table<FactDeclaration>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={[...facts]}
      columns={[
        { title: "事实", dataIndex: "label", width: 180 },
        { title: "标识", dataIndex: "key", width: 160, render: (k: string) => <code>{k}</code> },
        {
          title: "类型",
          width: 130,
          render: (_, f) =>
            f.extends ? "扩展全国事实" : (factTypeLabels[f.type ?? "string"] ?? f.type),
        },
        {
          title: "可选值（等级由低到高）",
          render: (_, f) => (
            <Space size={[0, 4]} wrap>
              {(f.values ?? []).map((v) => (
                <Tag key={v.value}>{v.label}</Tag>
              ))}
              {f.unit && <span className="muted">单位：{f.unit}</span>}
            </Space>
          ),
        },
      ]}
    />
  );
}

/**
 * 上级目录: what the region inherits, grouped by the region (or program above) that declares it.
 * Maintained there; shown here so a drafter knows which titles and lists exist.
 */
export function InheritedFacts({ chain }: { chain: CatalogueChain }) {
  const above = chain.catalogues.filter((c) => c.regionCode !== chain.regionCode);
  const programs = chain.programs.filter((p) => p.facts.length > 0);
  if (above.length === 0 && programs.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="上级地区尚未维护事实目录" />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }} className="inherited-facts">
      {above.map((c) => (
        <Card
          key={c.regionCode}
          size="small"
          title={chain.labels[c.regionCode] ?? c.name}
          extra={c.updatedAt ? `更新于 ${c.updatedAt}` : undefined}
        >
          <FactsTable facts={c.facts} />
        </Card>
      ))}
      {programs.map((p) => (
        <Card key={p.id} size="small" title={`《${p.title}》声明的事实（上级方案）`}>
          <FactsTable facts={p.facts} />
        </Card>
      ))}
    </Space>
  );
}
