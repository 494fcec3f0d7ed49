import { EngineError } from "./engine-error.ts";

/** The evaluation date is not a real `YYYY-MM-DD` date. */
export class InvalidDateError extends EngineError {
  readonly value: unknown;
  constructor(value: unknown) {
    super("INVALID_DATE", `计算日期 asOf 应为 YYYY-MM-DD 格式的有效日期，收到：${String(value)}`);
    this.name = "InvalidDateError";
    this.value = value;
  }
}
