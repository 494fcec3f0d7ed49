import { describe, expect, it } from "vitest";
import { readQuota } from "./quota.ts";
import { readTreatment } from "./treatment.ts";

describe("non-monetary treatment", () => {
  it("reads entitlements by kind", () => {
    expect(
      readTreatment("技工院校高级工班、技师学院技师班毕业生享受大专、本科学历同等待遇")?.value.kind,
    ).toBe("equivalent-treatment");
    expect(readTreatment("对获得全国技术能手的，可直接认定为高级技师")?.value.kind).toBe(
      "direct-recognition",
    );
    expect(readTreatment("符合条件的高技能人才可在我市落户")?.value.kind).toBe("hukou");
    const encouraged = readTreatment(
      "鼓励企业对在聘高级工、技师、高级技师，比照相应层级工程技术人员享受待遇",
    );
    expect(encouraged?.value).toMatchObject({ encouragedOnly: true, provider: "employer" });
  });
  it("ignores aims and money", () => {
    expect(readTreatment("加强技能人才队伍建设")).toBeUndefined();
    expect(readTreatment("给予每人1万元奖励")).toBeUndefined();
  });
});

describe("quotas and cycles", () => {
  it("reads a cycle with places per round", () => {
    expect(readQuota("“武汉工匠”每2年评选一次，每次20名左右")?.value).toEqual({
      count: 20,
      approximate: true,
      cycleYears: 2,
    });
    expect(readQuota("每年评选一次，每次不超过10名")?.value).toEqual({
      count: 10,
      approximate: false,
      cycleYears: 1,
    });
    expect(readQuota("每五年评选一次")?.value).toEqual({ approximate: false, cycleYears: 5 });
  });
});
