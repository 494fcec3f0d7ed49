import type {
  AllCondition,
  AnyCondition,
  Condition,
  NotCondition,
  RecordCondition,
} from "@jiangce/rule-schema";
import { Button, Dropdown, Select, Space } from "antd";
import { conditionKinds, type NodeProps } from "./kinds.tsx";
import { groupedOptions, subjectsOf } from "./subjects.ts";

/** 添加: one entry per registered kind of condition. */
export function AddMenu({
  scope,
  recordsOf,
  onAdd,
}: Pick<NodeProps, "scope" | "recordsOf"> & { onAdd: (c: Condition) => void }) {
  const kinds = conditionKinds(recordsOf);
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: kinds.map((k) => ({ key: k.id, label: k.label })),
        onClick: ({ key }) => {
          const kind = kinds.find((k) => k.id === key);
          if (kind) onAdd(kind.create(scope, recordsOf));
        },
      }}
    >
      <Button size="small" type="dashed">
        添加条件
      </Button>
    </Dropdown>
  );
}

/** all / any: a list of conditions, switchable between 全部满足 and 满足其一. */
export function GroupEditor({ value, onChange, scope, recordsOf, renderNode }: NodeProps) {
  const isAny = "any" in value;
  const items = isAny ? (value as AnyCondition).any : (value as AllCondition).all;
  const write = (list: Condition[], any = isAny) => onChange(any ? { any: list } : { all: list });
  return (
    <div className={`condition-group ${isAny ? "any" : "all"}`}>
      <Space className="group-head">
        <Select
          aria-label="组合方式"
          size="small"
          value={isAny ? "any" : "all"}
          onChange={(v) => write(items, v === "any")}
          options={[
            { value: "all", label: "以下全部满足" },
            { value: "any", label: "以下满足其一" },
          ]}
        />
        <AddMenu scope={scope} recordsOf={recordsOf} onAdd={(c) => write([...items, c])} />
      </Space>
      {items.length === 0 && <div className="muted">（不限条件）</div>}
      {items.map((child, i) => (
        // children have no identity of their own but their place
        <div className="condition-row" key={i}>
          {renderNode({
            value: child,
            scope,
            recordsOf,
            onChange: (next) => write(items.map((c, j) => (j === i ? next : c))),
          })}
          <Button
            size="small"
            type="text"
            danger
            aria-label="删除条件"
            onClick={() => write(items.filter((_, j) => j !== i))}
          >
            删除
          </Button>
        </div>
      ))}
    </div>
  );
}

export function NotEditor({ value, onChange, scope, recordsOf, renderNode }: NodeProps) {
  const inner = (value as NotCondition).not;
  return (
    <div className="condition-group not">
      <div className="group-head">并非（以下条件不成立）</div>
      {renderNode({ value: inner, scope, recordsOf, onChange: (next) => onChange({ not: next }) })}
    </div>
  );
}

/** Records (competitions…): some / none of them satisfy conditions on their fields. */
export function RecordsEditor({ value, onChange, scope, renderNode }: NodeProps) {
  const c = value as RecordCondition;
  const records = subjectsOf(scope).filter((s) => s.type === "records");
  return (
    <div className="condition-group records">
      <Space className="group-head" wrap>
        <Select
          aria-label="记录"
          style={{ minWidth: 200 }}
          value={c.fact}
          onChange={(fact: string) => onChange({ fact, op: c.op, where: { all: [] } })}
          options={groupedOptions(records)}
        />
        <Select
          aria-label="记录条件"
          value={c.op}
          onChange={(op: "some" | "none") => onChange({ ...c, op })}
          options={[
            { value: "some", label: "中有一项满足" },
            { value: "none", label: "中没有一项满足" },
          ]}
        />
      </Space>
      {renderNode({
        value: c.where,
        scope,
        recordsOf: c.fact,
        onChange: (where) => onChange({ ...c, where }),
      })}
    </div>
  );
}
