import { type Condition, describeCondition } from "@jiangce/rule-schema";
import { Button, Typography } from "antd";
import { ComparisonEditor } from "./comparison-editor.tsx";
import { AddMenu, GroupEditor, NotEditor, RecordsEditor } from "./group-editors.tsx";
import {
  freshComparison,
  freshRecords,
  kindOf,
  matchers,
  type NodeProps,
  registerConditionKind,
} from "./kinds.tsx";
import type { Scope } from "./subjects.ts";

registerConditionKind({
  id: "comparison",
  label: "事实条件（如 技能等级达到技师）",
  matches: matchers.comparison,
  create: freshComparison,
  Editor: ComparisonEditor,
});
registerConditionKind({
  id: "records",
  label: "记录条件（如 竞赛成绩中有一项…）",
  matches: matchers.records,
  create: (scope) => freshRecords(scope),
  insideRecords: false,
  Editor: RecordsEditor,
});
registerConditionKind({
  id: "all",
  label: "条件组：全部满足",
  matches: matchers.all,
  create: () => ({ all: [] }),
  Editor: GroupEditor,
});
registerConditionKind({
  id: "any",
  label: "条件组：满足其一",
  matches: matchers.any,
  create: () => ({ any: [] }),
  Editor: GroupEditor,
});
registerConditionKind({
  id: "not",
  label: "取反：并非…",
  matches: matchers.not,
  create: (scope, recordsOf) => ({ not: freshComparison(scope, recordsOf) }),
  Editor: NotEditor,
});

function ConditionNode(props: Omit<NodeProps, "renderNode">) {
  const kind = kindOf(props.value);
  if (!kind) return <div className="muted">无法识别的条件</div>;
  return <kind.Editor {...props} renderNode={(p) => <ConditionNode {...p} />} />;
}

/**
 * The conditions of a benefit, tier or treatment, built without typing an expression; read back
 * under it as the sentence the engine itself writes (describeCondition).
 */
export function ConditionBuilder({
  value,
  onChange,
  scope,
  recordsOf,
}: {
  value: Condition | undefined;
  onChange: (next: Condition | undefined) => void;
  scope: Scope;
  /** conditions on the fields of these records (a records base or count) */
  recordsOf?: string | undefined;
}) {
  if (value === undefined)
    return (
      <div className="condition-builder empty">
        <span className="muted">不限条件（所有符合对象类型的申请人）</span>
        <AddMenu scope={scope} recordsOf={recordsOf} onAdd={(c) => onChange({ all: [c] })} />
      </div>
    );
  return (
    <div className="condition-builder">
      <ConditionNode value={value} scope={scope} recordsOf={recordsOf} onChange={onChange} />
      <Typography.Paragraph className="condition-sentence" aria-label="条件读作">
        读作：{describeCondition(scope, value, recordsOf)}
      </Typography.Paragraph>
      <Button size="small" type="link" danger onClick={() => onChange(undefined)}>
        清除全部条件
      </Button>
    </div>
  );
}
