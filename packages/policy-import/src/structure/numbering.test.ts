import { describe, expect, it } from "vitest";
import { readMarker } from "./numbering.ts";

describe("clause numbering", () => {
  it("reads the numbering styles of official documents", () => {
    expect(readMarker("二、主要任务")).toMatchObject({
      style: "cn-comma",
      label: "二、",
      ordinal: 2,
    });
    expect(readMarker("（三）实施工匠培养平台锻造行动")).toMatchObject({
      style: "cn-paren",
      ordinal: 3,
    });
    expect(readMarker("(一)完善“武汉工匠”培育机制")).toMatchObject({
      style: "cn-paren",
      label: "(一)",
    });
    expect(readMarker("12.提高技能人才政治待遇。")).toMatchObject({
      style: "arabic-dot",
      ordinal: 12,
    });
    expect(readMarker("1. 聚焦产业需求优化院校专业。")).toMatchObject({ label: "1.", ordinal: 1 });
    expect(readMarker("（2）建立健全制度")).toMatchObject({ style: "arabic-paren", ordinal: 2 });
    expect(readMarker("第十二条 本办法自印发之日起施行。")).toMatchObject({
      style: "article",
      ordinal: 12,
    });
    expect(readMarker("十一、强化服务保障")).toMatchObject({ ordinal: 11 });
    expect(readMarker("１２．提高技能人才待遇。")).toMatchObject({
      style: "arabic-dot",
      ordinal: 12,
    });
    expect(readMarker("（３）落实补贴")).toMatchObject({ style: "arabic-paren", ordinal: 3 });
  });
  it("does not take amounts, years or bare markers for numbering", () => {
    expect(readMarker("1.5亿元用于技能人才培养")).toBeUndefined();
    expect(readMarker("１．５亿元用于技能人才培养")).toBeUndefined();
    expect(readMarker("2025年，全市技能人才达到")).toBeUndefined();
    expect(readMarker("一、")).toBeUndefined();
    expect(readMarker("一次性给予奖励")).toBeUndefined();
  });
});
