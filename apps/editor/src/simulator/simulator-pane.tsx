// 模拟计算: a profile form generated from the facts the program reads, evaluated in the browser
// on every edit of the draft (and of the form); "save as test case" keeps the profile with what
// the program pays it now.
import { buildForm, profileFromForm, recipientKindsOf } from "@jiangce/form-model";
import {
  evaluate,
  isIsoDate,
  type Program,
  type RegionalCatalogue,
  recipientKindLabels,
  type TestCase,
  testCaseFromResult,
} from "@jiangce/rule-schema";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Form, Input, Select, Space } from "antd";
import { useMemo, useState } from "react";
import { trpc } from "../trpc.ts";
import { ProfileForm } from "./profile-form.tsx";
import { SimResult } from "./sim-result.tsx";
import { initialSimState, type SimState } from "./sim-state.ts";
import { useCompiled } from "./use-test-run.ts";

/** The published programs of the levels above the draft's issuer (the jurisdiction chain). */
function useProgramsAbove(program: Program): Program[] {
  const list = useQuery(
    trpc.portal.listPrograms.queryOptions({ regionCode: program.issuer.regionCode }),
  );
  const above = (list.data ?? []).filter((p) => p.inherited);
  const documents = useQueries({
    queries: above.map((p) => trpc.portal.getProgram.queryOptions({ programId: p.programId })),
  });
  const loaded = documents.map((d) => d.data?.document as Program | undefined);
  const key = loaded.map((d) => d?.id ?? "").join("|");
  return useMemo(() => loaded.filter((d): d is Program => d !== undefined), [key]);
}

export function SimulatorPane({
  program,
  editable,
  state,
  onState,
  onCases,
  catalogues,
}: {
  program: Program;
  /** the district's catalogue chain: the simulator compiles with it, as the portal does */
  catalogues?: readonly RegionalCatalogue[];
  editable: boolean;
  state: SimState | null;
  onState: (s: SimState) => void;
  onCases: (cases: TestCase[]) => void;
}) {
  const { message } = App.useApp();
  const sim = state ?? initialSimState(program);
  const [name, setName] = useState("");
  const groups = useMemo(() => buildForm([program], catalogues), [program, catalogues]);
  const kinds = useMemo(() => recipientKindsOf([program]), [program]);
  const fields = useMemo(() => groups.flatMap((g) => g.fields), [groups]);
  const { profile, issues } = profileFromForm(fields, sim.values, {
    id: "simulated",
    kind: sim.kind,
    regionCode: sim.regionCode,
  });
  const above = useProgramsAbove(program);
  const own = useCompiled(
    useMemo(() => [program], [program]),
    catalogues,
  );
  const withAbove = useCompiled(
    useMemo(() => [...above, program], [above, program]),
    catalogues,
  );
  const dateOk = isIsoDate(sim.asOf);
  const valid = dateOk && /^\d{6}$/.test(sim.regionCode);
  const typed = profile as Parameters<typeof evaluate>[1];
  const ownResult = own && valid ? evaluate(own, typed, sim.asOf) : null;
  const chainResult =
    above.length > 0 && withAbove && valid ? evaluate(withAbove, typed, sim.asOf) : null;

  const save = () => {
    if (!ownResult) return;
    const caseName = name.trim() || `测试用例${(program.testCases?.length ?? 0) + 1}`;
    const testCase = testCaseFromResult(
      program,
      { name: caseName, profile: typed, asOf: sim.asOf },
      ownResult,
    );
    onCases([...(program.testCases ?? []), testCase]);
    setName("");
    message.success(`已保存测试用例「${caseName}」，之后每次修改都会重新核对`);
  };
  const set = (patch: Partial<SimState>) => onState({ ...sim, ...patch });

  return (
    <Form
      layout="vertical"
      size="small"
      component="div"
      className="simulator"
      data-testid="simulator"
    >
      <Space wrap>
        <Form.Item label="对象类型">
          <Select
            aria-label="对象类型"
            style={{ minWidth: 120 }}
            value={sim.kind}
            options={kinds.map((k) => ({ value: k, label: recipientKindLabels[k] }))}
            onChange={(kind) => set({ kind })}
          />
        </Form.Item>
        <Form.Item label="所在地区划代码">
          <Input
            aria-label="所在地区划代码"
            value={sim.regionCode}
            onChange={(e) => set({ regionCode: e.target.value.trim() })}
          />
        </Form.Item>
        <Form.Item label="计算日期" validateStatus={dateOk ? undefined : "error"}>
          <Input
            aria-label="计算日期"
            value={sim.asOf}
            onChange={(e) => set({ asOf: e.target.value.trim() })}
          />
        </Form.Item>
      </Space>
      <ProfileForm
        groups={groups}
        kind={sim.kind}
        values={sim.values}
        issues={new Map(issues.map((i) => [i.key, i.message]))}
        onChange={(key, value) => set({ values: { ...sim.values, [key]: value } })}
      />
      {!own ? (
        <Alert type="warning" showIcon title="方案有错误，修正后才能模拟计算" />
      ) : ownResult ? (
        <SimResult own={ownResult} chain={chainResult} programId={program.id} />
      ) : (
        <Alert type="info" title="请填写正确的日期（YYYY-MM-DD）和6位行政区划代码" />
      )}
      <Space.Compact className="sim-save">
        <Input
          aria-label="测试用例名称"
          placeholder="测试用例名称，如：衢州大工匠"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="primary" disabled={!editable || !ownResult} onClick={save}>
          保存为测试用例
        </Button>
      </Space.Compact>
    </Form>
  );
}
