import type { IssuerLevel, Program, Stage, Target } from "@jiangce/rule-schema";
import { stageLabels } from "@jiangce/rule-schema";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Collapse, Input, Space } from "antd";
import { RegionPicker } from "../condition/region-picker.tsx";
import type { Scope } from "../condition/subjects.ts";
import { trpc } from "../trpc.ts";
import { freshId } from "../workspace/draft-model.ts";
import { ChoiceInput, LongText, TextInput, TextList } from "./controls.tsx";
import { DerivationsEditor, FactsEditor } from "./facts-editor.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { PrecedenceEditor } from "./precedence-editor.tsx";
import { TARGET_PATHS, TargetEditor } from "./target-editor.tsx";
import { ValidityEditor } from "./validity-editor.tsx";

const P = declareHandled("", [
  "schemaVersion",
  "id",
  "title",
  "documentNumber",
  "stage",
  "basis",
  "preamble",
  "closing",
  "assumptions",
  "targets",
  "facts",
  "derivations",
] as const);
const I = declareHandled("issuer", ["regionCode", "level", "name"] as const);
const A = declareHandled("assumptions[]", ["path", "note"] as const);

/** GB/T 2260: a code ending in 0000 is a province, in 00 a city, else a district; 100000 national. */
export function levelOfCode(code: string): IssuerLevel {
  if (code === "100000") return "national";
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "city";
  return "district";
}

/** 方案信息: everything the program says outside its clauses. */
export function ProgramInspector({
  program,
  scope,
  onChange,
}: {
  program: Program;
  scope: Scope;
  onChange: (p: Program) => void;
}) {
  const queryClient = useQueryClient();
  const set = (key: keyof Program, x: unknown) => {
    const next = { ...program } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Program);
  };
  const pickIssuer = async (code: string) => {
    const region = await queryClient.fetchQuery(trpc.region.get.queryOptions({ code }));
    set("issuer", { regionCode: code, level: levelOfCode(code), name: region.name });
  };
  const matters = [
    ...new Set(program.clauses.flatMap((c) => c.benefits.map((b) => b.matter)).filter(Boolean)),
  ];
  const setTarget = (i: number, t: Target) =>
    set(
      "targets",
      program.targets.map((x, j) => (j === i ? t : x)),
    );
  const sections = [
    {
      key: "general",
      label: "基本信息",
      children: (
        <>
          <Field label="方案标题" at={["title"]} schema={P.title}>
            {(id) => (
              <TextInput id={id} value={program.title} onChange={(x) => set("title", x ?? "")} />
            )}
          </Field>
          <Space wrap>
            <Field label="文号" at={["documentNumber"]} schema={P.documentNumber}>
              {(id) => (
                <TextInput
                  id={id}
                  value={program.documentNumber}
                  placeholder="某人社发〔2025〕1号"
                  onChange={(x) => set("documentNumber", x)}
                />
              )}
            </Field>
            <Field label="文稿阶段" at={["stage"]} schema={P.stage}>
              {(id) => (
                <ChoiceInput<Stage>
                  id={id}
                  value={program.stage}
                  labels={stageLabels}
                  onChange={(x) => set("stage", x)}
                />
              )}
            </Field>
          </Space>
          <Field label="发文机关所在地" at={["issuer"]} schema={I.regionCode}>
            {(id) => (
              <RegionPicker
                id={id}
                value={program.issuer?.regionCode}
                onChange={(code) => void pickIssuer(code)}
              />
            )}
          </Field>
          <Space wrap>
            <Field label="发文机关名称" at={["issuer", "name"]} schema={I.name}>
              {(id) => (
                <TextInput
                  id={id}
                  value={program.issuer?.name}
                  onChange={(x) => set("issuer", { ...program.issuer, name: x ?? "" })}
                />
              )}
            </Field>
            <Field label="层级" at={["issuer", "level"]} schema={I.level} help="由行政区划代码确定">
              {(id) => (
                <Input
                  id={id}
                  disabled
                  value={
                    { national: "国家", province: "省级", city: "市级", district: "区县级" }[
                      program.issuer?.level ?? "district"
                    ]
                  }
                />
              )}
            </Field>
          </Space>
          <Space wrap>
            <Field label="方案标识" at={["id"]} schema={P.id}>
              {(id) => (
                <TextInput id={id} value={program.id} onChange={(x) => set("id", x ?? "")} />
              )}
            </Field>
            <Field label="格式版本" at={["schemaVersion"]} schema={P.schemaVersion}>
              {(id) => <Input id={id} disabled value={String(program.schemaVersion ?? 1)} />}
            </Field>
          </Space>
          <Field label="序言" at={["preamble"]} schema={P.preamble}>
            {(id) => (
              <LongText
                id={id}
                rows={3}
                value={program.preamble}
                onChange={(x) => set("preamble", x)}
              />
            )}
          </Field>
          <Field label="结尾（施行条款等）" at={["closing"]} schema={P.closing}>
            {(id) => (
              <LongText
                id={id}
                rows={2}
                value={program.closing}
                onChange={(x) => set("closing", x)}
              />
            )}
          </Field>
        </>
      ),
    },
    {
      key: "validity",
      label: "有效期",
      children: <ValidityEditor value={program.validity} onChange={(v) => set("validity", v)} />,
    },
    {
      key: "precedence",
      label: "优先规则（就高、从新、叠加）",
      children: (
        <PrecedenceEditor
          value={program.precedence}
          matters={matters}
          onChange={(p) => set("precedence", p)}
        />
      ),
    },
    {
      key: "basis",
      label: `依据文件与假设（${program.basis.length + program.assumptions.length}）`,
      children: (
        <>
          <Field label="依据文件" at={["basis"]} schema={P.basis}>
            {(id) => (
              <TextList
                id={id}
                value={program.basis}
                placeholder="输入文件名后回车"
                onChange={(x) => set("basis", x ?? [])}
              />
            )}
          </Field>
          <Field label="明示的假设" at={["assumptions"]} schema={P.assumptions}>
            <div>
              {program.assumptions.map((a, i) => (
                <Space key={i}>
                  <Input
                    aria-label="涉及字段"
                    data-schema={A.path}
                    value={a.path}
                    placeholder="validity.published"
                    onChange={(e) =>
                      set(
                        "assumptions",
                        program.assumptions.map((x, j) =>
                          j === i ? { ...x, path: e.target.value } : x,
                        ),
                      )
                    }
                  />
                  <Input
                    aria-label="假设说明"
                    data-schema={A.note}
                    value={a.note}
                    onChange={(e) =>
                      set(
                        "assumptions",
                        program.assumptions.map((x, j) =>
                          j === i ? { ...x, note: e.target.value } : x,
                        ),
                      )
                    }
                  />
                  <Button
                    size="small"
                    type="text"
                    danger
                    onClick={() =>
                      set(
                        "assumptions",
                        program.assumptions.filter((_, j) => j !== i),
                      )
                    }
                  >
                    删除
                  </Button>
                </Space>
              ))}
              <Button
                size="small"
                onClick={() => set("assumptions", [...program.assumptions, { path: "", note: "" }])}
              >
                添加假设
              </Button>
            </div>
          </Field>
        </>
      ),
    },
    {
      key: "targets",
      label: `总体目标（${program.targets.length}）`,
      children: (
        <Field label="总体目标" at={["targets"]} schema={P.targets}>
          <div>
            {program.targets.map((t, i) => (
              <TargetEditor
                key={t.id}
                at={["targets", i]}
                paths={TARGET_PATHS.program}
                value={t}
                onChange={(next) => setTarget(i, next)}
              />
            ))}
            <Button
              onClick={() =>
                set("targets", [
                  ...program.targets,
                  {
                    id: freshId(
                      "target",
                      program.targets.map((t) => t.id),
                    ),
                    label: "",
                    comparator: "at-least",
                    perYear: false,
                  },
                ])
              }
            >
              添加目标
            </Button>
          </div>
        </Field>
      ),
    },
    {
      key: "facts",
      label: `本方案的事实与称号（${program.facts.length}）`,
      children: (
        <Field label="事实声明" at={["facts"]} schema={P.facts}>
          <FactsEditor facts={program.facts} onChange={(f) => set("facts", f)} />
        </Field>
      ),
    },
    {
      key: "derivations",
      label: `认定规则（${program.derivations.length}）`,
      children: (
        <Field label="认定规则" at={["derivations"]} schema={P.derivations}>
          <DerivationsEditor
            program={program}
            scope={scope}
            onChange={(d) => set("derivations", d)}
          />
        </Field>
      ),
    },
  ];
  return (
    <div className="inspector-form">
      <Collapse defaultActiveKey={["general", "validity", "precedence"]} items={sections} />
    </div>
  );
}
