import { describe, expect, it } from "vitest";
import type { ProgramInput } from "../schema/program.ts";
import { fixed, person, program, WAN } from "../testing/fixtures.ts";
import { compile } from "./compile.ts";
import { evaluate } from "./evaluate.ts";

const asOf = "2024-06-01";

function run(programs: ProgramInput[], facts: Record<string, unknown> = {}) {
  const r = evaluate(compile(programs), person(facts), asOf);
  return {
    paid: r.entitlements.map(
      (e) => `${e.ref.programId}/${e.ref.benefitId}${e.tier ? `/${e.tier.id}` : ""}=${e.amount}`,
    ),
    excluded: r.excluded.map(
      (x) =>
        `${x.candidate.ref.programId}/${x.candidate.ref.benefitId}${x.candidate.tier ? `/${x.candidate.tier.id}` : ""}:${x.rule}<-${x.by ? x.by.ref.programId : "none"}`,
    ),
    result: r,
  };
}

const dated = (from: string, extra: Partial<ProgramInput> = {}): Partial<ProgramInput> => ({
  validity: { effective: { from: "date", date: from }, expiry: { kind: "open" } },
  ...extra,
});

describe("within one program", () => {
  it("tiers: only the highest qualifying tier is paid (就高、不重复享受)", () => {
    const p = program(
      "q",
      [
        {
          id: "craftsman",
          matter: "craftsman-award",
          label: "工匠经费支持",
          recipient: "person",
          tiers: [
            {
              id: "grand",
              label: "大工匠",
              amount: { kind: "fixed", fen: 10 * WAN },
              conditions: { fact: "titles", op: "contains", value: "grand" },
            },
            {
              id: "young",
              label: "青年工匠",
              amount: { kind: "fixed", fen: 6000_00 },
              conditions: { fact: "titles", op: "contains", value: "young" },
            },
          ],
        },
      ],
      {
        facts: [
          {
            key: "titles",
            extends: true,
            label: "称号",
            values: [
              { value: "grand", label: "大工匠" },
              { value: "young", label: "青年工匠" },
            ],
          },
        ],
      },
    );
    const { paid, excluded } = run([p], { titles: ["young", "grand"] });
    expect(paid).toEqual([`q/craftsman/grand=${10 * WAN}`]);
    expect(excluded).toEqual(["q/craftsman/young:tier-highest<-q"]);
  });

  it("withinMatter highest: two benefits of one matter pay only the higher", () => {
    const p = program("h", [
      fixed("national", "studio", 10 * WAN),
      fixed("provincial", "studio", 5 * WAN),
    ]);
    const { paid, excluded } = run([p]);
    expect(paid).toEqual([`h/national=${10 * WAN}`]);
    expect(excluded).toEqual(["h/provincial:within-matter-highest<-h"]);
  });

  it("withinMatter stack (per matter): both are paid (再给予)", () => {
    const p = program("h", [fixed("base", "award", 10 * WAN), fixed("topup", "award", 5 * WAN)], {
      precedence: { withinMatter: "highest", matters: { award: { withinMatter: "stack" } } },
    });
    expect(run([p]).paid).toEqual([`h/base=${10 * WAN}`, `h/topup=${5 * WAN}`]);
  });

  it("exclusiveGroup: different matters, only the highest of the group", () => {
    const p = program("g", [
      fixed("a", "matter-a", 3 * WAN, { exclusiveGroup: "one-of" }),
      fixed("b", "matter-b", 4 * WAN, { exclusiveGroup: "one-of" }),
      fixed("c", "matter-c", 1 * WAN),
    ]);
    const { paid, excluded } = run([p]);
    expect(paid.sort()).toEqual([`g/b=${4 * WAN}`, `g/c=${1 * WAN}`]);
    expect(excluded).toEqual(["g/a:exclusive-group<-g"]);
  });

  it("a known amount beats 按规定 when only the highest is paid", () => {
    const p = program("u", [
      {
        id: "vague",
        matter: "m",
        label: "按规定",
        recipient: "person",
        amount: { kind: "unspecified" },
      },
      fixed("known", "m", 1),
    ]);
    const { paid, result } = run([p]);
    expect(paid).toEqual(["u/known=1"]);
    expect(result.excluded[0]?.incomparable).toBe(true);
  });
});

describe("across programs", () => {
  const older = (fen: number, extra: Partial<ProgramInput> = {}) =>
    program("older", [fixed("award", "shared-matter", fen)], dated("2020-01-01", extra));
  const newer = (fen: number, extra: Partial<ProgramInput> = {}) =>
    program("newer", [fixed("award", "shared-matter", fen)], dated("2023-01-01", extra));

  it("从新就高: the highest standard wins, whichever is newer", () => {
    const rule = { precedence: { acrossPrograms: "highest-then-newest" as const } };
    expect(run([older(8 * WAN, rule), newer(5 * WAN, rule)]).paid).toEqual([
      `older/award=${8 * WAN}`,
    ]);
    expect(run([older(5 * WAN, rule), newer(8 * WAN, rule)]).paid).toEqual([
      `newer/award=${8 * WAN}`,
    ]);
  });

  it("从新就高: equal standards → the newest program is the basis", () => {
    const rule = { precedence: { acrossPrograms: "highest-then-newest" as const } };
    const { paid, excluded } = run([older(5 * WAN, rule), newer(5 * WAN, rule)]);
    expect(paid).toEqual([`newer/award=${5 * WAN}`]);
    expect(excluded).toEqual(["older/award:across-highest-then-newest<-newer"]);
  });

  it("从新: the newer program replaces the older even when lower", () => {
    const { paid, excluded } = run([
      older(8 * WAN, { precedence: { acrossPrograms: "highest-then-newest" } }),
      newer(5 * WAN, { precedence: { acrossPrograms: "newest" } }),
    ]);
    expect(paid).toEqual([`newer/award=${5 * WAN}`]);
    expect(excluded).toEqual(["older/award:across-newest<-newer"]);
  });

  it("the newest program's rule governs: an older 从新 does not override a newer 从新就高", () => {
    const { paid } = run([
      older(8 * WAN, { precedence: { acrossPrograms: "newest" } }),
      newer(5 * WAN, { precedence: { acrossPrograms: "highest-then-newest" } }),
    ]);
    expect(paid).toEqual([`older/award=${8 * WAN}`]);
  });

  it("stack: programs that stack pay both", () => {
    const rule = { precedence: { acrossPrograms: "stack" as const } };
    expect(run([older(8 * WAN, rule), newer(5 * WAN, rule)]).paid.sort()).toEqual([
      `newer/award=${5 * WAN}`,
      `older/award=${8 * WAN}`,
    ]);
  });

  it("none: silent programs stand side by side; a stated rule of one of them governs", () => {
    expect(run([older(8 * WAN), newer(5 * WAN)]).paid).toHaveLength(2);
    // the older program states 从新; the newer one is silent: the newest program wins
    const { paid, result } = run([
      older(8 * WAN, { precedence: { acrossPrograms: "newest" } }),
      newer(5 * WAN),
    ]);
    expect(paid).toEqual([`newer/award=${5 * WAN}`]);
    expect(result.excluded[0]?.decidedBy.id).toBe("older");
  });

  it("上级优先: a newer higher-level rule overrides a program that defers to it", () => {
    const city = program(
      "city",
      [fixed("award", "shared-matter", 8 * WAN)],
      dated("2021-01-01", {
        precedence: { acrossPrograms: "highest-then-newest", higherLevelOverrides: true },
      }),
    );
    const provinceNewer = program(
      "province",
      [fixed("award", "shared-matter", 3 * WAN)],
      dated("2023-01-01", {
        issuer: { regionCode: "420000", level: "province", name: "湖北省" },
      }),
    );
    const { paid, excluded } = run([city, provinceNewer]);
    expect(paid).toEqual([`province/award=${3 * WAN}`]);
    expect(excluded).toEqual(["city/award:higher-level-overrides<-province"]);

    // an OLDER provincial rule does not override (今后有明确规定的从其规定)
    const provinceOlder = program(
      "province",
      [fixed("award", "shared-matter", 3 * WAN)],
      dated("2019-01-01", {
        issuer: { regionCode: "420000", level: "province", name: "湖北省" },
      }),
    );
    expect(run([city, provinceOlder]).paid).toEqual([`city/award=${8 * WAN}`]);

    // without the deference clause the higher level does not override
    const plainCity = program(
      "city",
      [fixed("award", "shared-matter", 8 * WAN)],
      dated("2021-01-01", {
        precedence: { acrossPrograms: "highest-then-newest" },
      }),
    );
    expect(run([plainCity, provinceNewer]).paid).toEqual([`city/award=${8 * WAN}`]);
  });

  it("1:1 配套 referencing another program's award is additive, not a conflict", () => {
    const province = program(
      "province",
      [fixed("award", "provincial-medal", 10 * WAN)],
      dated("2023-01-01", {
        issuer: { regionCode: "420000", level: "province", name: "湖北省" },
        precedence: { acrossPrograms: "newest" },
      }),
    );
    const city = program(
      "city",
      [
        {
          id: "match",
          matter: "provincial-medal-match",
          label: "市级配套",
          recipient: "person",
          amount: { kind: "matching", ratio: 1, of: { matter: "provincial-medal" } },
        },
      ],
      dated("2021-01-01", { precedence: { acrossPrograms: "newest" } }),
    );
    expect(run([city, province]).paid.sort()).toEqual([
      `city/match=${10 * WAN}`,
      `province/award=${10 * WAN}`,
    ]);
  });

  it("with an unspecified amount, 从新就高 falls back to the newest program and says so", () => {
    const rule = { precedence: { acrossPrograms: "highest-then-newest" as const } };
    const o = program(
      "older",
      [
        {
          id: "award",
          matter: "shared-matter",
          label: "按规定",
          recipient: "person",
          amount: { kind: "unspecified" },
        },
      ],
      dated("2020-01-01", rule),
    );
    const { paid, result } = run([o, newer(5 * WAN, rule)]);
    expect(paid).toEqual([`newer/award=${5 * WAN}`]);
    expect(result.excluded[0]).toMatchObject({
      rule: "across-highest-then-newest",
      incomparable: true,
    });
  });
});
