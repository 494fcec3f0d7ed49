// A district starts its program from another district's published one; the copy says where it
// came from, is issued by the copying district, and drafts of others cannot be copied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, failureOf, freshDb, signedIn, type TestDb } from "./support/harness.ts";
import { draftProgram } from "./support/programs.ts";

const SOURCE = "420112"; // 东西湖区 publishes
const TARGET = "420102"; // 江岸区 copies

describe("program.copy", () => {
  let t: TestDb;
  let source: Awaited<ReturnType<typeof signedIn>>;
  let target: Awaited<ReturnType<typeof signedIn>>;
  let publishedId: string;
  let draftId: string;

  beforeAll(async () => {
    t = await freshDb("sqlite");
    await createUser(t.db, "src", [
      [SOURCE, "drafter"],
      [SOURCE, "reviewer"],
      [SOURCE, "publisher"],
    ]);
    await createUser(t.db, "dst", [[TARGET, "drafter"]]);
    source = await signedIn(t.db, "src");
    target = await signedIn(t.db, "dst");
    const p = await draftProgram(source.api, SOURCE, "东西湖区工匠方案");
    const submitted = await source.api.version.submit({
      versionId: p.versionId,
      revision: p.revision,
    });
    const approved = await source.api.version.approve({
      versionId: p.versionId,
      revision: submitted.revision,
    });
    await source.api.version.publish({ versionId: p.versionId, revision: approved.revision });
    publishedId = p.programId;
    draftId = (await draftProgram(source.api, SOURCE, "未发布的草稿")).programId;
  });
  afterAll(() => t.close());

  it("copies the published text, re-issued by the copying district, and records the origin", async () => {
    const original = await source.api.program.get({ programId: publishedId });
    const copy = await target.api.program.copy({
      regionCode: TARGET,
      slug: "copied-program",
      title: "江岸区工匠方案",
      sourceProgramId: publishedId,
    });
    const program = await target.api.program.get({ programId: copy.programId });
    expect(program.originProgramId).toBe(publishedId);
    expect(program.originVersionId).toBe(original.publishedVersionId);
    const version = await target.api.version.get({ versionId: copy.versionId });
    const doc = version.document as {
      issuer: unknown;
      title: string;
      id: string;
      stage: string;
      validity: { issued?: string };
      clauses: { id: string }[];
    };
    expect(doc.issuer).toEqual({ regionCode: TARGET, level: "district", name: "江岸区" });
    expect(doc.title).toBe("江岸区工匠方案");
    expect(doc.id).toBe("copied-program");
    expect(doc.stage).toBe("comment-draft");
    expect(doc.validity.issued).toBeUndefined();
    expect(doc.clauses.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("refuses an unpublished program and a caller who is not a drafter there", async () => {
    expect(
      await failureOf(
        target.api.program.copy({
          regionCode: TARGET,
          slug: "copy-of-draft",
          title: "草稿副本",
          sourceProgramId: draftId,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await failureOf(
        target.api.program.copy({
          regionCode: SOURCE,
          slug: "copy-elsewhere",
          title: "副本",
          sourceProgramId: publishedId,
        }),
      ),
    ).toBe("FORBIDDEN");
  });
});
