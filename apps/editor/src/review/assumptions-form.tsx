import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from "antd";
import { useEffect } from "react";
import { errorMessage, type RouterOutputs, trpc } from "../trpc.ts";
import {
  type AssumptionValues,
  type BudgetInput,
  horizonYears,
  toAssumptions,
  toValues,
  type VolumeMode,
} from "./assumptions-model.ts";

type Budget = RouterOutputs["version"]["review"]["budget"];

const MODES: { value: VolumeMode; label: string }[] = [
  { value: "perYear", label: "每年" },
  { value: "total", label: "测算期合计" },
  { value: "byYear", label: "分年度" },
];

function VolumeRow({
  input,
  disabled,
  years,
}: {
  input: BudgetInput;
  disabled: boolean;
  /** the years a count is asked for when counts are given year by year */
  years: number[];
}) {
  const name = ["volumes", input.key];
  const unit = input.unitLabel ?? "名";
  const label = `${input.citation}${input.label}`;
  return (
    <div className="assumption-row" data-key={input.key}>
      <div className="assumption-label">
        <Typography.Text strong>
          {input.citation} {input.label}
        </Typography.Text>
        <Typography.Text type="secondary" className="assumption-hint">
          {input.followsMatter
            ? "按所配套的奖励测算，无需填写人数"
            : input.amountOpen
              ? "原文未写明金额，填写人数后仍无法测算金额"
              : input.quota
                ? `原文名额：${input.quota}；不填则按原文`
                : "原文未写明名额，须填写预计人数"}
        </Typography.Text>
      </div>
      {!input.followsMatter && (
        <Space wrap size={4}>
          <Form.Item name={[...name, "mode"]} noStyle>
            <Select
              options={MODES}
              style={{ width: 120 }}
              disabled={disabled}
              aria-label={`${label} 数量口径`}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={[[...name, "mode"]]}>
            {(form) =>
              form.getFieldValue([...name, "mode"]) !== "byYear" ? (
                <Form.Item name={[...name, "count"]} noStyle>
                  <InputNumber
                    min={0}
                    precision={0}
                    disabled={disabled}
                    suffix={unit}
                    style={{ width: 130 }}
                    aria-label={`${label} 预计数量`}
                    placeholder="预计数量"
                  />
                </Form.Item>
              ) : years.length === 0 ? (
                <Typography.Text type="warning">请先填写测算起止年度</Typography.Text>
              ) : (
                <Space wrap size={4}>
                  {years.map((y) => (
                    <Form.Item key={y} name={[...name, "byYear", String(y)]} noStyle>
                      <InputNumber
                        min={0}
                        precision={0}
                        disabled={disabled}
                        prefix={`${y}年`}
                        suffix={unit}
                        style={{ width: 140 }}
                        aria-label={`${label} ${y}年预计数量`}
                      />
                    </Form.Item>
                  ))}
                </Space>
              )
            }
          </Form.Item>
          {input.unitLabel && (
            <Form.Item name={[...name, "unitsEach"]} noStyle>
              <InputNumber
                min={1}
                precision={0}
                disabled={disabled}
                prefix="每个对象"
                suffix={input.unitLabel}
                style={{ width: 190 }}
                aria-label={`${label} 每个对象的数量`}
              />
            </Form.Item>
          )}
          <Form.Item name={[...name, "note"]} noStyle>
            <Input
              disabled={disabled}
              style={{ width: 200 }}
              placeholder="依据（如近三年平均）"
              aria-label={`${label} 测算依据`}
            />
          </Form.Item>
        </Space>
      )}
      {input.bases.map((b) => (
        <Form.Item key={b.key} name={["bases", b.key]} noStyle>
          <InputNumber
            min={0}
            precision={2}
            disabled={disabled}
            prefix={`${b.label}平均`}
            suffix="元"
            style={{ width: 300 }}
            aria-label={`${label} ${b.label}平均金额`}
          />
        </Form.Item>
      ))}
    </div>
  );
}

/**
 * 测算假设: the horizon, the expected recipients of each benefit or tier and the money bases,
 * kept with the program; saving recomputes the headline, the chart and the working.
 */
export function AssumptionsForm({ budget }: { budget: Budget }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<AssumptionValues>();
  const disabled = !budget.canSave;
  const needsYear = budget.defaultHorizon.toYear === undefined;
  const fromValue = Form.useWatch("fromYear", form);
  const toValue = Form.useWatch("toYear", form);
  const years = horizonYears({ fromYear: fromValue, toYear: toValue }, budget.defaultHorizon);
  useEffect(() => {
    form.setFieldsValue(toValues(budget.assumptions, budget.inputs));
  }, [form, budget.assumptions, budget.inputs]);
  const save = useMutation(
    trpc.program.saveBudgetAssumptions.mutationOptions({
      onSuccess: async () => {
        await client.invalidateQueries({ queryKey: trpc.version.review.queryKey() });
        message.success("测算假设已保存，经费已按新的假设重新测算");
      },
      onError: (e) => message.error(errorMessage(e)),
    }),
  );
  // the whole store: counts of years now outside the horizon are kept until changed
  const submit = () =>
    save.mutate({
      programId: budget.programId,
      assumptions: toAssumptions(form.getFieldsValue(true) as AssumptionValues, budget.assumptions),
    });
  const { fromYear, toYear } = budget.defaultHorizon;

  return (
    <Card size="small" title="测算假设" className="assumptions-form">
      {needsYear && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="本方案有效期未规定：请填写测算截止年度，经费才能按年度测算。"
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} disabled={disabled}>
        <Space wrap align="start">
          <Form.Item
            name="fromYear"
            label="测算起始年度"
            extra={fromYear ? `不填则按生效年度 ${fromYear}年` : "方案生效日期未定，须填写"}
            rules={[{ required: fromYear === undefined, message: "请填写测算起始年度" }]}
          >
            <InputNumber min={1949} max={2200} precision={0} suffix="年" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item
            name="toYear"
            label="测算截止年度"
            extra={toYear ? `不填则按有效期至 ${toYear}年` : "有效期未规定，须填写"}
            rules={[
              { required: needsYear, message: "请填写测算截止年度（如“用五年时间”则为第五年）" },
            ]}
          >
            <InputNumber min={1949} max={2200} precision={0} suffix="年" style={{ width: 150 }} />
          </Form.Item>
        </Space>
        <div className="assumption-rows">
          {budget.inputs.map((input) => (
            <VolumeRow key={input.key} input={input} disabled={disabled} years={years} />
          ))}
        </div>
        {!disabled && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存并重新测算
          </Button>
        )}
        {disabled && (
          <Typography.Text type="secondary">测算假设由本区起草人或审核人填写。</Typography.Text>
        )}
      </Form>
    </Card>
  );
}
