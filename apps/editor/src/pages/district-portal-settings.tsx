import type { RouterInputs } from "@jiangce/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, ConfigProvider, Form, Input, Select, Space } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useEffect } from "react";
import { useParams } from "react-router";
import { errorMessage, trpc } from "../trpc.ts";

type PortalInput = RouterInputs["districtSettings"]["updatePortal"];
type Values = Omit<PortalInput, "regionCode">;

/**
 * 门户设置: how the district's public portal presents itself (name, colour, contact, notice,
 * featured programs). Admins of the district change it; the portal reads it anonymously.
 */
function PortalSettingsForm({ regionCode }: { regionCode: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.portal.getSettings.queryOptions({ regionCode }));
  const programs = useQuery(trpc.program.list.queryOptions({ regionCode }));
  const save = useMutation(
    trpc.districtSettings.updatePortal.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.portal.getSettings.queryFilter({ regionCode }));
        message.success("门户设置已保存");
      },
    }),
  );

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  if (settings.isError) return <Alert type="error" title={errorMessage(settings.error)} />;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={settings.isPending || save.isPending}
      onFinish={(values) => save.mutate({ regionCode, ...values })}
      style={{ maxWidth: 640 }}
    >
      <Form.Item label="门户名称" name="name" extra="留空则使用行政区划名称">
        <Input maxLength={40} placeholder="如：东西湖区工匠政策服务" />
      </Form.Item>
      <Form.Item
        label="主题颜色"
        name="color"
        extra="#rrggbb 形式，留空则使用默认颜色；请选深色，保证白字清晰可读"
        rules={[{ pattern: /^#[0-9a-fA-F]{6}$/, message: "颜色应为 #rrggbb 形式" }]}
        normalize={(v: string) => (v === "" ? null : v)}
      >
        <Input maxLength={7} placeholder="#b4472b" />
      </Form.Item>
      <Form.Item label="联系方式" name="contact">
        <Input maxLength={200} placeholder="如：区人社局职业能力建设科 027-00000000" />
      </Form.Item>
      <Form.Item label="门户公告" name="notice" extra="显示在门户首页顶部，留空则不显示">
        <Input.TextArea maxLength={500} rows={3} showCount />
      </Form.Item>
      <Form.Item label="推荐政策" name="featured" extra="在门户首页置顶显示，最多 10 项">
        <Select
          mode="multiple"
          maxCount={10}
          loading={programs.isPending}
          options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          placeholder="选择本地区的方案"
        />
      </Form.Item>
      {save.isError && (
        <Alert type="error" title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
        <Button
          htmlType="button"
          onClick={() => settings.data && form.setFieldsValue(settings.data)}
        >
          撤销修改
        </Button>
      </Space>
    </Form>
  );
}

export function DistrictPortalSettingsPage() {
  const { regionCode = "" } = useParams();
  return (
    <ConfigProvider locale={zhCN}>
      <App>
        <title>门户设置 · 匠策编辑后台</title>
        <Card title="门户设置" variant="borderless">
          <PortalSettingsForm regionCode={regionCode} />
        </Card>
      </App>
    </ConfigProvider>
  );
}
