import type { Benefit, Program, Target, Treatment } from "@jiangce/rule-schema";
import { Empty, Form, Typography } from "antd";
import type { Scope } from "../condition/subjects.ts";
import { AnnexInspector } from "../inspector/annex-inspector.tsx";
import { BenefitInspector } from "../inspector/benefit-inspector.tsx";
import { ClauseInspector } from "../inspector/clause-inspector.tsx";
import { ProgramInspector } from "../inspector/program-inspector.tsx";
import { TARGET_PATHS, TargetEditor } from "../inspector/target-editor.tsx";
import { TreatmentInspector } from "../inspector/treatment-inspector.tsx";
import { getIn, setIn } from "./draft-model.ts";
import { pathOf, type Selection } from "./selection.ts";

const TITLES = { benefits: "待遇（资金）", treatments: "非资金待遇", targets: "目标" } as const;

/** The inspector: the form of whatever is selected in the outline or the document. */
export function InspectorPanel({
  program,
  selected,
  scope,
  onChange,
}: {
  program: Program;
  selected: Selection;
  scope: Scope;
  onChange: (p: Program) => void;
}) {
  const at = pathOf(program, selected);
  if (at === null) return <Empty description="所选内容已不存在" />;
  const value = getIn(program, at);
  if (value === undefined) return <Empty description="所选内容已不存在" />;
  const write = (next: unknown) => onChange(setIn(program, at, next));
  let title = "方案信息";
  let body: React.ReactNode;
  if (selected.kind === "program") {
    body = <ProgramInspector program={program} scope={scope} onChange={onChange} />;
  } else if (selected.kind === "annex") {
    title = "附件";
    body = (
      <AnnexInspector
        at={at}
        program={program}
        value={value as Program["annexes"][number]}
        onChange={write}
      />
    );
  } else if (selected.kind === "clause") {
    title = "条款";
    body = <ClauseInspector at={at} value={value as Program["clauses"][number]} onChange={write} />;
  } else {
    title = TITLES[selected.list];
    body =
      selected.list === "benefits" ? (
        <BenefitInspector at={at} value={value as Benefit} scope={scope} onChange={write} />
      ) : selected.list === "treatments" ? (
        <TreatmentInspector at={at} value={value as Treatment} scope={scope} onChange={write} />
      ) : (
        <TargetEditor
          at={at}
          paths={TARGET_PATHS.clause}
          value={value as Target}
          onChange={write}
        />
      );
  }
  return (
    <Form layout="vertical" size="small" className="inspector" component="div">
      <Typography.Title level={5}>{title}</Typography.Title>
      {body}
    </Form>
  );
}
