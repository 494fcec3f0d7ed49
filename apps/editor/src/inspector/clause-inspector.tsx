import type { Clause, ResponsibleUnit } from "@jiangce/rule-schema";
import { Button, Input, Select, Space } from "antd";
import type { Path } from "../workspace/draft-model.ts";
import { DateInput, LongText, TextInput, TextList } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";
import { TASK_PATHS, TasksEditor } from "./tasks-editor.tsx";

const P = declareHandled("clauses[]", [
  "id",
  "citation",
  "heading",
  "sectionPath",
  "text",
  "responsibleUnits",
  "effectiveFrom",
  "deadline",
  "funding",
  "tasks",
  "note",
] as const);
const U = declareHandled("clauses[].responsibleUnits[]", ["name", "role"] as const);

/** 责任单位: the lead unit first; moving a unit to the top makes it the lead. */
function UnitsEditor({
  at,
  units,
  onChange,
}: {
  at: Path;
  units: ResponsibleUnit[];
  onChange: (u: ResponsibleUnit[]) => void;
}) {
  const setUnit = (i: number, unit: ResponsibleUnit) =>
    onChange(units.map((u, j) => (j === i ? unit : u)));
  const makeLead = (i: number) => {
    const unit = units[i];
    if (!unit) return;
    const rest = units.filter((_, j) => j !== i).map((u) => ({ ...u, role: "support" as const }));
    onChange([{ ...unit, role: "lead" }, ...rest]);
  };
  return (
    <div className="units-editor" data-path={at.join(".")}>
      {units.map((unit, i) => (
        <Space key={i} className="unit-row">
          <Input
            aria-label="单位名称"
            data-schema={U.name}
            value={unit.name}
            onChange={(e) => setUnit(i, { ...unit, name: e.target.value })}
          />
          <Select
            aria-label="职责"
            data-schema={U.role}
            value={unit.role}
            onChange={(role) => setUnit(i, { ...unit, role })}
            options={[
              { value: "lead", label: "牵头" },
              { value: "support", label: "配合" },
            ]}
          />
          {i > 0 && (
            <Button size="small" onClick={() => makeLead(i)}>
              设为牵头
            </Button>
          )}
          <Button
            size="small"
            type="text"
            danger
            onClick={() => onChange(units.filter((_, j) => j !== i))}
          >
            删除
          </Button>
        </Space>
      ))}
      <Button
        size="small"
        onClick={() =>
          onChange([...units, { name: "", role: units.length === 0 ? "lead" : "support" }])
        }
      >
        添加责任单位
      </Button>
      {units.length > 0 && (
        <div className="muted">
          共{units.length}个单位，{units[0]?.name || "（未填写）"}牵头
        </div>
      )}
    </div>
  );
}

/** 条款: its number and heading as the text has them, the text, units, dates, funding, tasks. */
export function ClauseInspector({
  at,
  value,
  onChange,
}: {
  at: Path;
  value: Clause;
  onChange: (c: Clause) => void;
}) {
  const set = (key: keyof Clause, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    onChange(next as Clause);
  };
  return (
    <div className="inspector-form">
      <Space wrap>
        <Field label="条款编号" at={[...at, "citation"]} schema={P.citation}>
          {(id) => (
            <TextInput
              id={id}
              value={value.citation}
              placeholder="二（一）3."
              onChange={(x) => set("citation", x ?? "")}
            />
          )}
        </Field>
        <Field label="标题" at={[...at, "heading"]} schema={P.heading}>
          {(id) => <TextInput id={id} value={value.heading} onChange={(x) => set("heading", x)} />}
        </Field>
      </Space>
      <Field label="所属章节" at={[...at, "sectionPath"]} schema={P.sectionPath}>
        {(id) => (
          <TextList
            id={id}
            value={value.sectionPath}
            placeholder="如 二、主要举措"
            onChange={(x) => set("sectionPath", x ?? [])}
          />
        )}
      </Field>
      <Field label="条款原文" at={[...at, "text"]} schema={P.text}>
        {(id) => (
          <LongText id={id} rows={5} value={value.text} onChange={(x) => set("text", x ?? "")} />
        )}
      </Field>
      <Field
        label="责任单位（牵头单位在前）"
        at={[...at, "responsibleUnits"]}
        schema={P.responsibleUnits}
      >
        <UnitsEditor
          at={[...at, "responsibleUnits"]}
          units={value.responsibleUnits}
          onChange={(u) => set("responsibleUnits", u)}
        />
      </Field>
      <Space wrap>
        <Field label="本条施行日" at={[...at, "effectiveFrom"]} schema={P.effectiveFrom}>
          {(id) => (
            <DateInput
              id={id}
              value={value.effectiveFrom}
              onChange={(x) => set("effectiveFrom", x)}
            />
          )}
        </Field>
        <Field label="本条截止日（含当日）" at={[...at, "deadline"]} schema={P.deadline}>
          {(id) => (
            <DateInput id={id} value={value.deadline} onChange={(x) => set("deadline", x)} />
          )}
        </Field>
      </Space>
      <Field
        label="资金来源"
        at={[...at, "funding"]}
        schema={P.funding}
        help="本条待遇未写明资金来源的，沿用此处"
      >
        {(id) => <TextInput id={id} value={value.funding} onChange={(x) => set("funding", x)} />}
      </Field>
      <Field label="任务分工" at={[...at, "tasks"]} schema={P.tasks}>
        <TasksEditor
          at={[...at, "tasks"]}
          paths={TASK_PATHS.clause}
          tasks={value.tasks}
          onChange={(t) => set("tasks", t)}
        />
      </Field>
      <Field label="备注" at={[...at, "note"]} schema={P.note}>
        {(id) => <TextInput id={id} value={value.note} onChange={(x) => set("note", x)} />}
      </Field>
      <Field label="条款标识" at={[...at, "id"]} schema={P.id} help="保存后保持不变，供引用和比对">
        {(id) => <Input id={id} value={value.id} disabled />}
      </Field>
    </div>
  );
}
