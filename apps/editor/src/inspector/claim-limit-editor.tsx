import type { ClaimLimit } from "@jiangce/rule-schema";
import { Button, Space } from "antd";
import type { Scope } from "../condition/subjects.ts";
import type { Path } from "../workspace/draft-model.ts";
import { ChoiceInput, TextInput } from "./controls.tsx";
import { Field } from "./field.tsx";
import { declareHandled } from "./handled-paths.ts";

const P = declareHandled("clauses[].benefits[].claimLimit", [
  "per",
  "matter",
  "levelFact",
  "note",
] as const);

// The engine reads these against the applicant's claims history (申领记录).
const perLabels: Record<ClaimLimit["per"], string> = {
  ever: "每人仅可享受一次",
  "calendar-year": "每人每年可享受一次",
  level: "每个等级一次，且不再享受同级或更低等级",
};

/** 申领次数限制: 每人每年可享受1次 / 已享受相应补贴的，不再享受低等级证书补贴. */
export function ClaimLimitEditor({
  at,
  value,
  onChange,
  scope,
}: {
  at: Path;
  value: ClaimLimit | undefined;
  onChange: (limit: ClaimLimit | undefined) => void;
  scope: Scope;
}) {
  if (!value)
    return (
      <Button size="small" onClick={() => onChange({ per: "ever" })}>
        设置申领次数限制
      </Button>
    );
  const set = (key: keyof ClaimLimit, x: unknown) => {
    const next = { ...value } as Record<string, unknown>;
    if (x === undefined) delete next[key];
    else next[key] = x;
    // a level fact belongs only to a per-level limit
    if (next.per !== "level") delete next.levelFact;
    onChange(next as ClaimLimit);
  };
  const orderedFacts = Object.fromEntries(
    [...scope.values()].filter((f) => f.type === "ordered").map((f) => [f.key, f.label]),
  );
  return (
    <Space wrap align="start">
      <Field label="限制方式" at={[...at, "per"]} schema={P.per}>
        {(id) => (
          <ChoiceInput
            id={id}
            value={value.per}
            labels={perLabels}
            onChange={(x) => set("per", x)}
          />
        )}
      </Field>
      {value.per === "level" && (
        <Field label="本次申领等级" at={[...at, "levelFact"]} schema={P.levelFact}>
          {(id) => (
            <ChoiceInput
              id={id}
              value={value.levelFact}
              labels={orderedFacts}
              onChange={(x) => set("levelFact", x)}
            />
          )}
        </Field>
      )}
      <Field
        label="计入的事项"
        at={[...at, "matter"]}
        schema={P.matter}
        help="不填则为本待遇的事项"
      >
        {(id) => <TextInput id={id} value={value.matter} onChange={(x) => set("matter", x)} />}
      </Field>
      <Field label="说明" at={[...at, "note"]} schema={P.note}>
        {(id) => <TextInput id={id} value={value.note} onChange={(x) => set("note", x)} />}
      </Field>
      <Button size="small" onClick={() => onChange(undefined)}>
        取消限制
      </Button>
    </Space>
  );
}
