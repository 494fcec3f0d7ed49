import type { Program, Target } from "@jiangce/rule-schema";
import { Button, Collapse } from "antd";
import type { Scope } from "../condition/subjects.ts";
import { freshId } from "../workspace/draft-model.ts";
import { AssumptionsEditor } from "./assumptions-editor.tsx";
import { TextList } from "./controls.tsx";
import { DerivationsEditor } from "./derivations-editor.tsx";
import { FactsEditor } from "./facts-editor.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { PrecedenceEditor } from "./precedence-editor.tsx";
import { ProgramGeneral } from "./program-general.tsx";
import { TARGET_PATHS, TargetEditor } from "./target-editor.tsx";
import { ValidityEditor } from "./validity-editor.tsx";

const P = declareHandled("", ["basis", "assumptions", "targets", "facts", "derivations"] as const);

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
  const set = (key: keyof Program, x: unknown) => {
    const next = { ...program } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Program);
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
      children: <ProgramGeneral program={program} set={set} />,
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
            <AssumptionsEditor
              value={program.assumptions}
              onChange={(a) => set("assumptions", a)}
            />
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
