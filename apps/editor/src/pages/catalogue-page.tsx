import type { IssuerLevel } from "@jiangce/rule-schema";
import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, ConfigProvider, Space, Spin, Typography } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useParams } from "react-router";
import { InheritedFacts } from "../catalogue/inherited-facts.tsx";
import { OwnCatalogue } from "../catalogue/own-catalogue.tsx";
import { download } from "../components/download.ts";
import { errorMessage, trpc } from "../trpc.ts";

/**
 * 事实目录: the titles, honours, key-industry lists and other facts a region maintains for every
 * program issued within it and below. Inherited catalogues read-only, grouped by source; the
 * region's own editable by its admins and drafters (the API decides; others read).
 */
const RULE =
  "已送审、已批准或已发布的方案用到的事实和取值不能删除，等级也不能调整先后；新增事实和取值不受限制。";

function CataloguePage({ regionCode }: { regionCode: string }) {
  const region = useQuery(trpc.region.get.queryOptions({ code: regionCode }));
  const chain = useQuery(trpc.catalogue.chain.queryOptions({ regionCode }));
  const me = useQuery(trpc.auth.me.queryOptions());
  // admins of the region or above, and its drafters (the API decides; others read)
  const above = new Set((region.data?.ancestors ?? []).map((a) => a.code));
  const canEdit = (me.data?.memberships ?? []).some(
    (m) =>
      (m.regionCode === regionCode && (m.role === "admin" || m.role === "drafter")) ||
      (above.has(m.regionCode) && m.role === "admin"),
  );
  const failed = region.error ?? chain.error;
  if (failed) return <Alert type="error" title={errorMessage(failed)} />;
  if (!region.data || !chain.data) return <Spin />;
  const name = region.data.name;
  const catalogues = chain.data.catalogues;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {name}及下级地区的方案可直接使用这里的事实和取值。{RULE}
      </Typography.Paragraph>
      <Space wrap>
        {/* what the scheduled jobs need: `pnpm policy roster … --catalogues <file>` computes
            as the back office does only with the same catalogues */}
        <Button
          disabled={catalogues.length === 0}
          onClick={() =>
            download(
              `${regionCode}-事实目录.json`,
              `${JSON.stringify(catalogues, null, 2)}\n`,
              "application/json",
            )
          }
        >
          导出目录（JSON）
        </Button>
        <Typography.Text type="secondary">
          含本地区及上级地区的目录，供命令行名单匹配（--catalogues）使用
        </Typography.Text>
      </Space>
      <Card title={`${name}目录`} size="small" className="own-catalogue">
        <OwnCatalogue
          region={{ code: regionCode, name, level: region.data.level as IssuerLevel }}
          chain={chain.data}
          canEdit={canEdit}
        />
      </Card>
      <Card title="上级地区的目录（只读）" size="small">
        <InheritedFacts chain={chain.data} />
      </Card>
    </Space>
  );
}

export function RegionalCataloguePage() {
  const { regionCode = "" } = useParams();
  return (
    <ConfigProvider locale={zhCN}>
      <App>
        <title>事实目录 · 匠策编辑后台</title>
        <Card title="事实目录" variant="borderless">
          <CataloguePage key={regionCode} regionCode={regionCode} />
        </Card>
      </App>
    </ConfigProvider>
  );
}
