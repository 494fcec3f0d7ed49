import {
  compile,
  evaluateMany,
  type Profile,
  type RosterItem,
  smallProgram,
} from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { profileCsvItems } from "./profile-csv.ts";
import { toCsv } from "./results-csv.ts";

const compiled = compile([smallProgram]);
const asOf = "2024-06-01";

async function* bytes(text: string) {
  yield new TextEncoder().encode(text);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe("profile CSV (policy batch)", () => {
  it("types cells by the catalogue, reads quoted newlines and reports bad cells with the line", async () => {
    const csv = [
      "id,kind,regionCode,skillLevel,titles,newlyIntroduced,frontlineYears,competitions",
      'p1,person,420112,technician,example-craftsman|企业首席技师,是,12,"[{""event"":""worldskills"",""medal"":""gold""}]"',
      'p2,person,420112,,,否,"1\n2",',
      "p3,person,420112,,,maybe,3,",
      "p4,person,420112,,x,,,",
    ].join("\r\n");
    const items = await collect(profileCsvItems(bytes(csv), compiled.scope));
    expect(items.map((i) => [i.line, i.ok])).toEqual([
      [2, true],
      [3, false],
      [5, false],
      [6, false],
    ]);
    const p1 = items[0] as RosterItem & { ok: true };
    expect(p1.profile.facts).toEqual({
      skillLevel: "technician",
      titles: ["example-craftsman", "enterprise-chief-technician"],
      newlyIntroduced: true,
      frontlineYears: 12,
      competitions: [{ event: "worldskills", medal: "gold" }],
    });
    const message = (i: RosterItem) => (i.ok ? "" : i.issues[0]!.message);
    expect(message(items[1]!)).toContain("frontlineYears");
    expect(message(items[2]!)).toContain("newlyIntroduced");
    expect(message(items[3]!)).toContain("“x”不是 titles 的可选值");
  });

  it("refuses a roster without the envelope columns or with unknown columns", async () => {
    const [a] = await collect(
      profileCsvItems(bytes("name,skillLevel\nx,junior\n"), compiled.scope),
    );
    expect(a?.ok === false && a.issues[0]?.message).toContain("id、kind、regionCode");
    const [b] = await collect(profileCsvItems(bytes("id,kind,regionCode,skil\n"), compiled.scope));
    expect(b?.ok === false && b.issues[0]?.message).toContain("skil");
  });
});

describe("toCsv", () => {
  it("writes one row per entitlement and one row for a profile with none", async () => {
    const profiles: Profile[] = [
      {
        id: "a",
        kind: "person",
        regionCode: "420112",
        facts: { competitions: [{ event: "worldskills", medal: "gold" }] },
      },
      { id: "=b", kind: "person", regionCode: "420112", facts: {} },
    ];
    const rows = (await collect(toCsv(evaluateMany(compiled, profiles, asOf))))
      .join("")
      .trim()
      .split("\n");
    expect(rows[0]).toBe(
      "profileId,programId,citation,benefitId,matter,label,tierId,amountFen,upTo,capped,period,payer,validFrom,validUntil,error",
    );
    expect(rows[1]).toBe(
      "a,example-city-craftsman,二（三）1.,craftsman-award,city-craftsman-award,示例工匠一次性奖励,,30000000,false,false,once,government,2024-03-01,2029-02-28,",
    );
    // a profile id a spreadsheet would run as a formula is escaped
    expect(rows[2]).toBe(`'=b${",".repeat(14)}`);
  });
});
