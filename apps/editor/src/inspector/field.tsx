import { Form } from "antd";
import { createContext, type ReactNode, useContext } from "react";
import type { Path } from "../workspace/draft-model.ts";
import { type Problem, problemsAt } from "../workspace/problems.ts";

export const ProblemsContext = createContext<readonly Problem[]>([]);

/** The problems at a concrete path (["clauses", 0, "text"]), for a field or a block. */
export function useProblems(at: Path): Problem[] {
  return problemsAt(useContext(ProblemsContext), at.join("."));
}

/** A stable DOM id for the control at a path: "f-clauses-0-text". */
export function fieldId(at: Path): string {
  return `f-${at.join("-")}`;
}

/**
 * One labelled control of the inspector. Errors and warnings of the validator at `at` show
 * under it; `schema` is the declared schema path it edits (see handled-paths.ts).
 */
export function Field({
  label,
  at,
  schema,
  help,
  children,
}: {
  label: ReactNode;
  at: Path;
  schema: string;
  help?: ReactNode;
  /** a render function receives the control's id, so the label names the control */
  children: ReactNode | ((id: string) => ReactNode);
}) {
  const id = fieldId(at);
  const problems = useProblems(at);
  const error = problems.find((p) => p.severity === "error");
  const warning = problems.find((p) => p.severity === "warning");
  const shown = error ?? warning;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      data-schema={schema}
      data-path={at.join(".")}
      validateStatus={error ? "error" : warning ? "warning" : undefined}
      help={shown ? shown.message : help}
    >
      {typeof children === "function" ? children(id) : children}
    </Form.Item>
  );
}
