import {
  describeCondition,
  factsInScope,
  type Program,
  smallProgram,
  validateProgram,
} from "@jiangce/rule-schema";
import { describe, expect, it } from "vitest";
import { renderPage } from "./entry-server.tsx";
import { type ReadInput, type ReadOutput, type ReadPath, readUrl } from "./reads/public-api.ts";

const program = (() => {
  const r = validateProgram(smallProgram);
  if (!r.ok || !r.value) throw new Error("small program is invalid");
  return r.value;
})();

const DISTRICT = "420112";
const wuhan = { code: "420100", name: "武汉市", level: "city" };
const hubei = { code: "420000", name: "湖北省", level: "province" };
const version = (id: string) => ({
  id,
  number: 1,
  snapshotName: "正式稿",
  contentHash: `hash-${id}`,
  publishedAt: "2024-03-01T00:00:00.000Z",
});
/** A live program of 武汉, and one whose last version expired (kept readable, archived). */
const listed = [
  { programId: "live", title: "示例市工匠培育计划", archived: false },
  { programId: "old", title: "示例市旧版工匠计划", archived: true },
].map((p) => ({
  ...p,
  slug: p.programId,
  issuer: wuhan,
  inherited: true,
  version: version(`v-${p.programId}`),
  summary: {
    validity: program.validity,
    clauses: program.clauses.length,
    benefits: program.clauses.reduce((n, c) => n + c.benefits.length, 0),
    treatments: program.clauses.reduce((n, c) => n + c.treatments.length, 0),
  },
}));

/** The API's answers as the browser would receive them (JSON), by URL; records what is read. */
function api(document: Program = program) {
  const answers = new Map<string, unknown>();
  const answer = <P extends ReadPath>(path: P, input: ReadInput<P>, data: unknown) =>
    answers.set(readUrl(path, input), data as ReadOutput<P>);
  answer("portal.listRegions", undefined, [{ ...wuhan, programCount: 2, ancestors: [hubei] }]);
  answer(
    "region.get",
    { code: DISTRICT },
    {
      code: DISTRICT,
      name: "东西湖区",
      level: "district",
      ancestors: [wuhan, hubei],
    },
  );
  answer("portal.getCatalogues", { regionCode: DISTRICT }, []);
  answer("portal.listPrograms", { regionCode: DISTRICT, withArchived: true }, listed);
  answer(
    "portal.listPrograms",
    { regionCode: DISTRICT },
    listed.filter((p) => !p.archived),
  );
  answer(
    "portal.getSettings",
    { regionCode: DISTRICT },
    {
      regionCode: DISTRICT,
      name: null,
      color: null,
      contact: null,
      notice: null,
      featured: [],
    },
  );
  for (const p of listed)
    answer(
      "portal.getProgram",
      { programId: p.programId },
      {
        ...p,
        contentHash: p.version.contentHash,
        document: { ...document, title: p.title },
      },
    );
  const asked: string[] = [];
  const read = async (url: string) => {
    asked.push(url);
    if (!answers.has(url)) throw Object.assign(new Error(`404 ${url}`), { status: 404 });
    return JSON.parse(JSON.stringify(answers.get(url)));
  };
  return { read, asked };
}

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/<!-- -->/g, "");

describe("portal pages rendered on the server", () => {
  it("renders the district page from the reads it names, the archived program marked", async () => {
    const page = await renderPage(`/r/${DISTRICT}`, api().read);
    expect(page?.missing).toEqual([]);
    expect(page?.title).toBe("东西湖区工匠人才政策 · 匠策");
    const shown = text(page?.html ?? "");
    expect(shown).toContain("示例市工匠培育计划");
    expect(shown).toContain("已失效 · 存档可查");
    expect(shown).toContain(`${program.clauses.length} 条条款`);
    // the reads travel with the page, so the browser does not ask again; no document is needed
    expect(page?.data).toContain(
      readUrl("portal.listPrograms", { regionCode: DISTRICT, withArchived: true }),
    );
    expect(page?.data).not.toContain("portal.getProgram");
  });

  it("writes out each benefit's conditions in the engine's words", async () => {
    const page = await renderPage(`/r/${DISTRICT}/p/live`, api().read);
    expect(page?.missing).toEqual([]);
    const shown = text(page?.html ?? "");
    const scope = factsInScope([program]);
    const conditional = program.clauses.flatMap((c) => c.benefits).filter((b) => b.conditions);
    expect(conditional.length).toBeGreaterThan(0);
    for (const b of conditional) expect(shown).toContain(describeCondition(scope, b.conditions!));
    expect(shown).not.toContain("已失效");
  });

  it("shows an archived program's page as archived, its text still readable", async () => {
    const page = await renderPage(`/r/${DISTRICT}/p/old`, api().read);
    const shown = text(page?.html ?? "");
    expect(shown).toContain("已失效 · 存档可查");
    expect(shown).toContain(program.clauses[0]!.text.slice(0, 20));
  });

  it("builds the calculator's first screen without reading archived programs", async () => {
    const { read, asked } = api();
    const page = await renderPage(`/r/${DISTRICT}/check`, read);
    expect(page?.missing).toEqual([]);
    expect(page?.html).toContain("kind-picker");
    expect(asked).toContain(readUrl("portal.getProgram", { programId: "live" }));
    expect(asked).not.toContain(readUrl("portal.getProgram", { programId: "old" }));
  });

  it("says when the program a page shows was never published (the server answers 404)", async () => {
    const page = await renderPage(`/r/${DISTRICT}/p/never-published`, api().read);
    expect(page?.notFound).toBe(true);
    expect((await renderPage(`/r/${DISTRICT}/p/live`, api().read))?.notFound).toBe(false);
  });

  it("renders the home page, and leaves paths that are no page to the browser", async () => {
    const home = await renderPage("/", api().read);
    expect(home?.missing).toEqual([]);
    expect(text(home?.html ?? "")).toContain("武汉市");
    expect(await renderPage("/r/420112/nothing-here", api().read)).toBeNull();
  });

  it("hands the page's title over as plain text", async () => {
    const { read } = api();
    const page = await renderPage(`/r/${DISTRICT}/p/live`, async (url) => {
      const data = (await read(url)) as { title?: string };
      return url.includes("getProgram") ? { ...data, title: "示例 & <计划> $' 说明" } : data;
    });
    expect(page?.title).toBe("示例 & <计划> $' 说明 · 匠策");
  });

  it("keeps inline data from closing its script element, whatever a clause says", async () => {
    const [first, ...rest] = program.clauses;
    const hostile = {
      ...program,
      clauses: [{ ...first!, text: "</script><script>alert(1)</script><!--" }, ...rest],
    };
    const page = await renderPage(`/r/${DISTRICT}/p/live`, api(hostile).read);
    expect(page?.data).not.toMatch(/</);
    expect(JSON.parse(page?.data ?? "null").reads).toBeTruthy();
  });
});
