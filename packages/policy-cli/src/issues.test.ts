import { describe, expect, it } from "vitest";
import { formatIssue, jsonPath } from "./issues.ts";

describe("issue paths", () => {
  it("writes array indexes as JSON path brackets", () => {
    expect(jsonPath("clauses.3.benefits.0.amount.fen")).toBe("$.clauses[3].benefits[0].amount.fen");
    expect(jsonPath("")).toBe("$");
  });

  it("adds what to do to zod's generic messages, not to the schema's own instructions", () => {
    expect(
      formatIssue({
        path: "clauses.0.text",
        message: "无效输入：期望 string，实际接收 undefined",
        code: "invalid_type",
      }),
    ).toBe("$.clauses[0].text：无效输入：期望 string，实际接收 undefined。请补充这个必填字段");
    expect(
      formatIssue({
        path: "id",
        message: "应为小写字母、数字和连字符组成的标识",
        code: "invalid_format",
      }),
    ).toBe("$.id：应为小写字母、数字和连字符组成的标识");
  });
});
