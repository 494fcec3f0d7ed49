import type { IssuerLevel } from "@jiangce/rule-schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Radio, Select } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { errorMessage, trpc } from "../trpc.ts";
import { blankProgram, suggestSlug, templateProgram } from "./starting-documents.ts";

type Start = "blank" | "template" | "copy";

interface Values {
  title: string;
  slug: string;
  sourceRegion?: string;
  sourceProgramId?: string;
}

/** 新建方案: blank, from the 方案 skeleton, or a copy of another district's published program. */
export function CreateProgramDialog({
  regionCode,
  onClose,
}: {
  regionCode: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [start, setStart] = useState<Start>("blank");
  const sourceRegion = Form.useWatch("sourceRegion", form);
  const me = useQuery(trpc.auth.me.queryOptions());
  const membership = me.data?.memberships.find((m) => m.regionCode === regionCode);
  const region = {
    code: regionCode,
    name: membership?.regionName ?? regionCode,
    level: (membership?.regionLevel ?? "district") as IssuerLevel,
  };
  const regions = useQuery({
    ...trpc.portal.listRegions.queryOptions(),
    enabled: start === "copy",
  });
  const sources = useQuery({
    ...trpc.portal.listPrograms.queryOptions({ regionCode: sourceRegion ?? "" }),
    enabled: start === "copy" && Boolean(sourceRegion),
  });

  const opened = (created: { programId: string }) => {
    void queryClient.invalidateQueries({ queryKey: trpc.program.list.queryKey({ regionCode }) });
    message.success("方案已创建");
    navigate(`/d/${regionCode}/p/${created.programId}`);
  };
  const create = useMutation(trpc.program.create.mutationOptions({ onSuccess: opened }));
  const copy = useMutation(trpc.program.copy.mutationOptions({ onSuccess: opened }));
  const failure = create.error ?? copy.error;

  const submit = (values: Values) => {
    const slug = values.slug.trim();
    const title = values.title.trim();
    if (start === "copy") {
      copy.mutate({ regionCode, slug, title, sourceProgramId: values.sourceProgramId ?? "" });
      return;
    }
    const document =
      start === "template"
        ? templateProgram(slug, title, region)
        : blankProgram(slug, title, region);
    create.mutate({ regionCode, slug, title, document: document as Record<string, unknown> });
  };

  return (
    <Modal
      open
      title="新建方案"
      okText="创建并打开"
      onOk={() => form.submit()}
      confirmLoading={create.isPending || copy.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ slug: suggestSlug(), title: "" }}
        onFinish={submit}
      >
        <Form.Item label="起草方式">
          <Radio.Group
            value={start}
            onChange={(e) => setStart(e.target.value as Start)}
            options={[
              { value: "blank", label: "空白方案" },
              { value: "template", label: "从模板（总体要求/主要举措/保障措施）" },
              { value: "copy", label: "复制其他地区已发布的方案" },
            ]}
          />
        </Form.Item>
        {start === "copy" && (
          <>
            <Form.Item
              label="来源地区"
              name="sourceRegion"
              rules={[{ required: true, message: "请选择来源地区" }]}
            >
              <Select
                showSearch={{ optionFilterProp: "label" }}
                loading={regions.isPending}
                placeholder="选择已发布政策的地区"
                options={(regions.data ?? [])
                  .filter((r) => r.code !== regionCode)
                  .map((r) => ({ value: r.code, label: `${r.name}（${r.programCount}个方案）` }))}
                onChange={() => form.setFieldValue("sourceProgramId", undefined)}
              />
            </Form.Item>
            <Form.Item
              label="来源方案"
              name="sourceProgramId"
              rules={[{ required: true, message: "请选择要复制的方案" }]}
            >
              <Select
                loading={sources.isFetching}
                placeholder="选择方案"
                options={(sources.data ?? [])
                  .filter((p) => !p.inherited)
                  .map((p) => ({ value: p.programId, label: p.title }))}
                onChange={(id: string) => {
                  const picked = sources.data?.find((p) => p.programId === id);
                  if (picked && !form.getFieldValue("title"))
                    form.setFieldValue("title", `${region.name}${picked.title}`);
                }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          label="方案标题"
          name="title"
          rules={[{ required: true, whitespace: true, message: "请填写方案标题" }]}
        >
          <Input placeholder="如：关于加强新时代高技能人才队伍建设的实施方案" />
        </Form.Item>
        <Form.Item
          label="门户地址标识"
          name="slug"
          extra="小写字母、数字和连字符，用于门户网址，同一地区内不能重复"
          rules={[
            {
              required: true,
              pattern: /^[a-z0-9][a-z0-9-]{1,62}$/,
              message: "标识只能包含小写字母、数字和连字符，2到63位",
            },
          ]}
        >
          <Input />
        </Form.Item>
        {failure && <div className="form-error">{errorMessage(failure)}</div>}
      </Form>
    </Modal>
  );
}
