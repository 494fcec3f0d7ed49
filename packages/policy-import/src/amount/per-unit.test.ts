import { describe, expect, it } from "vitest";
import { readRate } from "./per-unit.ts";

describe("rates per unit", () => {
  it("reads a rate per thing that is not the recipient", () => {
    expect(readRate("对被指定为国家级集训基地的，按每个项目", undefined, "training-base")).toEqual({
      unitLabel: "个项目",
    });
    expect(readRate("给予每个职业（工种）", undefined, "association").unitLabel).toBe(
      "个职业（工种）",
    );
    expect(readRate("按中级工", "生", "school").unitLabel).toBe("生");
    expect(readRate("按入选人数给予选送单位", "人", "employer").unitLabel).toBe("人");
  });
  it("treats 每人 for a person and 每家 for an organisation as the recipient itself", () => {
    expect(readRate("给予每人不超过", undefined, "person")).toEqual({ perRecipient: "人" });
    expect(readRate("给予每家", undefined, "employer")).toEqual({ perRecipient: "家" });
  });
  it("leaves 每人每年 to the period", () => {
    expect(readRate("分别给予每人每年", undefined, "person")).toEqual({ perRecipient: "人每年" });
    expect(readRate("每年", undefined, "person")).toEqual({});
  });
});
