import type { Program } from "@jiangce/rule-schema";
import { Button, Input, Space } from "antd";
import { declareHandled } from "./handled-paths.ts";

const A = declareHandled("assumptions[]", ["path", "note"] as const);

/** 明示的假设: what the program takes for granted (a field path and a note each). */
export function AssumptionsEditor({
  value,
  onChange,
}: {
  value: Program["assumptions"];
  onChange: (a: Program["assumptions"]) => void;
}) {
  return (
    <div>
      {value.map((a, i) => (
        <Space key={i}>
          <Input
            aria-label="涉及字段"
            data-schema={A.path}
            value={a.path}
            placeholder="validity.published"
            onChange={(e) =>
              onChange(value.map((x, j) => (j === i ? { ...x, path: e.target.value } : x)))
            }
          />
          <Input
            aria-label="假设说明"
            data-schema={A.note}
            value={a.note}
            onChange={(e) =>
              onChange(value.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))
            }
          />
          <Button
            size="small"
            type="text"
            danger
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            删除
          </Button>
        </Space>
      ))}
      <Button size="small" onClick={() => onChange([...value, { path: "", note: "" }])}>
        添加假设
      </Button>
    </div>
  );
}
