import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  createUser,
  failureOf,
  freshDb,
  sessionFor,
  type TestDb,
} from "./support/harness.ts";
import { validDocument } from "./support/programs.ts";

// A city's catalogue (武汉市) declares its own titles; a district program (东西湖区) names one of
// its values and validates only when the catalogue has it. Edits that would change how a
// submitted or published version evaluates are refused, naming the program.
const CITY = "420100";
const DISTRICT = "420112";

const level = (value: string, label: string) => ({ value, label });
const title = (...values: { value: string; label: string }[]) => ({
  key: "wuhanCraftsmanTitle",
  label: "武汉工匠称号",
  extends: false,
  type: "ordered",
  values,
});
const CRAFTSMAN = level("wuhan-craftsman", "武汉工匠");
const GREAT = level("wuhan-great", "武汉大工匠");
const CHIEF = level("wuhan-chief", "武汉市首席技师");

/** A district program paying 武汉市首席技师 and above (a value of the city's catalogue). */
function districtDocument(fen = 1_000_000) {
  const document = validDocument(DISTRICT, "东西湖区首席技师奖励");
  return {
    ...document,
    // a fact of its own, which a later catalogue fact must not contradict
    facts: [
      {
        key: "dxhWorkshop",
        label: "东西湖区技能大师工作室",
        extends: false,
        type: "set",
        values: [level("studio", "技能大师工作室")],
      },
    ],
    clauses: [
      {
        ...document.clauses[0]!,
        text: "对获评武汉市首席技师的，给予一次性奖励1万元。",
        benefits: [
          {
            id: "chief-award",
            matter: "chief-award",
            label: "首席技师奖励",
            recipient: "person",
            conditions: { fact: "wuhanCraftsmanTitle", op: "gte", value: "wuhan-chief" },
            amount: { kind: "fixed", fen },
          },
        ],
      },
      document.clauses[1]!,
    ],
  };
}

describe("regional fact catalogues (sqlite)", () => {
  let t: TestDb;
  let cityAdmin: Client;
  let cityDrafter: Client;
  let district: Client;
  let program: { programId: string; versionId: string; revision: number };

  beforeAll(async () => {
    t = await freshDb("sqlite");
    const admin = await createUser(t.db, "city-admin", [[CITY, "admin"]]);
    const drafter = await createUser(t.db, "city-drafter", [[CITY, "drafter"]]);
    const staff = await createUser(t.db, "district-staff", [
      [DISTRICT, "drafter"],
      [DISTRICT, "reviewer"],
      [DISTRICT, "publisher"],
    ]);
    cityAdmin = await sessionFor(t.db, admin.id);
    cityDrafter = await sessionFor(t.db, drafter.id);
    district = await sessionFor(t.db, staff.id);
    await t.db.districtSettings.create({
      data: { regionCode: DISTRICT, allowSelfApproval: true, allowSelfPublish: true },
    });
    program = await district.api.program.create({
      regionCode: DISTRICT,
      slug: "chief-award",
      title: "东西湖区首席技师奖励",
      document: districtDocument(),
    });
  });
  afterAll(() => t.close());

  it("a district program naming a value its city never declared cannot be submitted", async () => {
    const failure = await failureOf(
      district.api.version.submit({ versionId: program.versionId, revision: program.revision }),
    );
    expect(failure).toBe("DOCUMENT_INVALID");
  });

  it("the city admin saves the catalogue; a stale save is a conflict; each save is audited", async () => {
    const saved = await cityAdmin.api.catalogue.save({
      regionCode: CITY,
      revision: 0,
      facts: [title(CRAFTSMAN, GREAT)],
    });
    expect(saved.revision).toBe(1);
    const stale = await failureOf(
      cityDrafter.api.catalogue.save({ regionCode: CITY, revision: 0, facts: [title(CRAFTSMAN)] }),
    );
    expect(stale).toBe("REVISION_CONFLICT");
    // a drafter of the city adds the value the district needs (levels lowest first)
    const added = await cityDrafter.api.catalogue.save({
      regionCode: CITY,
      revision: 1,
      facts: [title(CRAFTSMAN, CHIEF, GREAT)],
    });
    expect(added.revision).toBe(2);
    const entries = await t.db.auditEntry.findMany({ where: { action: "catalogue.save" } });
    expect(entries.map((e) => e.entityId)).toEqual([CITY, CITY]);
  });

  it("a catalogue that redeclares a national fact is refused", async () => {
    const failure = await failureOf(
      cityAdmin.api.catalogue.save({
        regionCode: CITY,
        revision: 2,
        facts: [{ ...title(CRAFTSMAN), key: "skillLevel" }],
      }),
    );
    expect(failure).toBe("INPUT_INVALID");
  });

  it("a catalogue nested beyond reason is refused before anything recursive reads it", async () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) deep = { x: deep };
    const failure = await failureOf(
      cityAdmin.api.catalogue.save({ regionCode: CITY, revision: 2, facts: [deep] }),
    );
    expect(failure).toBe("INPUT_INVALID");
  });

  it("the district reads the chain with the city's catalogue labelled by its source", async () => {
    const chain = await district.api.catalogue.chain({ regionCode: DISTRICT });
    expect(chain.catalogues.map((c) => c.regionCode)).toEqual([CITY]);
    expect(chain.labels[CITY]).toBe("武汉市目录");
    expect(chain.revision).toBe(0);
    const portal = await district.api.portal.getCatalogues({ regionCode: DISTRICT });
    expect(portal[0]?.facts[0]?.values?.map((v) => v.value)).toContain(CHIEF.value);
  });

  it("with the city's value declared, the district program is submitted and published", async () => {
    let revision = (
      await district.api.version.submit({
        versionId: program.versionId,
        revision: program.revision,
      })
    ).revision;
    revision = (await district.api.version.approve({ versionId: program.versionId, revision }))
      .revision;
    const published = await district.api.version.publish({
      versionId: program.versionId,
      revision,
    });
    expect(published.state).toBe("published");
  });

  it("a reviewer compares the next draft with the published version, catalogue facts included", async () => {
    const raised = districtDocument(2_000_000);
    const next = await district.api.version.save({
      programId: program.programId,
      baseVersionId: program.versionId,
      baseRevision: (
        await t.db.programVersion.findUniqueOrThrow({ where: { id: program.versionId } })
      ).revision,
      document: raised,
    });
    const review = await district.api.version.review({
      fromVersionId: program.versionId,
      toVersionId: next.versionId,
    });
    expect(review.issues.to).toEqual([]);
    expect(review.diff).not.toBeNull();
    expect(review.impact).not.toBeNull();
  });

  it("removing or reordering a value the published program uses is refused, naming it", async () => {
    const removal = cityAdmin.api.catalogue.save({
      regionCode: CITY,
      revision: 2,
      facts: [title(CRAFTSMAN, GREAT)],
    });
    await expect(removal).rejects.toThrow(/东西湖区首席技师奖励/);
    expect(
      await failureOf(
        cityAdmin.api.catalogue.save({
          regionCode: CITY,
          revision: 2,
          facts: [title(CRAFTSMAN, GREAT, CHIEF)],
        }),
      ),
    ).toBe("CATALOGUE_IN_USE");
    const stored = await t.db.regionalCatalogue.findUniqueOrThrow({ where: { regionCode: CITY } });
    expect(stored.revision).toBe(2);
  });

  it("adding a value and a fact stays allowed after publication", async () => {
    const industries = {
      key: "wuhanKeyIndustry",
      label: "武汉市重点产业",
      extends: false,
      type: "set",
      values: [level("optics", "光电子信息")],
    };
    const saved = await cityAdmin.api.catalogue.save({
      regionCode: CITY,
      revision: 2,
      facts: [title(level("wuhan-new", "武汉青年工匠"), CRAFTSMAN, CHIEF, GREAT), industries],
    });
    expect(saved.revision).toBe(3);
  });

  it("a new fact contradicting one the published program declares itself is refused", async () => {
    const clash = { key: "dxhWorkshop", label: "工作室", extends: false, type: "boolean" };
    expect(
      await failureOf(
        cityAdmin.api.catalogue.save({
          regionCode: CITY,
          revision: 3,
          facts: [title(level("wuhan-new", "武汉青年工匠"), CRAFTSMAN, CHIEF, GREAT), clash],
        }),
      ),
    ).toBe("CATALOGUE_IN_USE");
  });
});
