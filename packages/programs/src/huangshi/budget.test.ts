import { estimateBudget } from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { readJson } from "../testing/text-coverage.ts";

const program = readJson(new URL("./program.json", import.meta.url));

/*
 * source.txt 二（一）3.: "对培养合格并在黄就业的毕业生，按中级工3000元/生、高级工5000元/生、预备技师
 * 6000元/生标准给予院校培养补助，对每个订单班一次性给予企业最高3万元校企合作补贴。"
 * Validity: 自公布之日起施行（2025-11-01），有效期至2027年12月31日 → years 2025, 2026, 2027.
 * Volumes the drafter states (assumptions, not text):
 *   中级工 graduates 400 in 2026 and 450 in 2027 (none graduate in the last two months of 2025):
 *     850 × 3 000 元 = 2 550 000 元 (255万元): 2026 1 200 000 元, 2027 1 350 000 元;
 *   高级工 300 a year: 300 × 5 000 元 = 1 500 000 元 a year × 3 years = 4 500 000 元 (450万元);
 *   预备技师: not stated → unknown;
 *   10 订单班 in all: 10 × 30 000 元 = 300 000 元 (30万元), a ceiling (最高).
 */
describe("黄石 budget: per-graduate awards with stated volumes", () => {
  const budget = estimateBudget(program, {
    volumes: {
      "graduate-training-subsidy-intermediate": { byYear: { "2026": 400, "2027": 450 } },
      "graduate-training-subsidy-senior": { perYear: 300 },
      "order-class-subsidy": { total: 10 },
    },
  });
  const line = (key: string) => budget.lines.find((l) => l.key === key);

  it("counts the validity window's calendar years", () => {
    expect(budget.years).toEqual([2025, 2026, 2027]);
  });

  it("multiplies each per-graduate rate by the stated graduates", () => {
    expect(line("graduate-training-subsidy-intermediate")).toMatchObject({
      totalFen: 255_000_000,
      byYear: { "2026": 120_000_000, "2027": 135_000_000 },
      working: "共850生（2026年400生、2027年450生） × 3000元/生 = 255万元",
      citation: "二（一）3.",
    });
    expect(line("graduate-training-subsidy-senior")).toMatchObject({
      totalFen: 450_000_000,
      working: "每年300生 × 5000元/生 × 3年 = 450万元",
    });
  });

  it("keeps the order-class figure as a ceiling and the unstated volume as unknown", () => {
    expect(line("order-class-subsidy")).toMatchObject({ totalFen: 30_000_000, upTo: true });
    expect(budget.unknowns.map((u) => u.key)).toContain(
      "graduate-training-subsidy-preparatory-technician",
    );
    expect(line("graduate-training-subsidy-preparatory-technician")).toBeUndefined();
  });

  it("sums per year and in total, government money only", () => {
    // 2026: 1 200 000 + 1 500 000 + 100 000 (one third of the order classes) = 2 800 000 元
    expect(budget.byYear.find((y) => y.year === 2026)?.fen).toBe(280_000_000);
    // 2 550 000 + 4 500 000 + 300 000 = 7 350 000 元
    expect(budget.total).toMatchObject({
      fen: 735_000_000,
      upToFen: 30_000_000,
      byPayer: { government: 735_000_000, employer: 0 },
    });
  });
});
