// What each page reads before it can show its content: the server performs these reads, renders
// the page from them and inlines them, so the browser shows the content at once and hydrates
// without a round trip. Must name every read the page makes on its first render
// (entry-server.test.tsx checks that none is missing).
import type { ReadInput, ReadOutput, ReadPath } from "./reads/public-api.ts";
import type { PageName } from "./routes.tsx";

/** Performs a read (through the API, as an anonymous visitor); rejects when it fails. */
export type Read = <P extends ReadPath>(path: P, input: ReadInput<P>) => Promise<ReadOutput<P>>;

type Params = Record<string, string>;

/** Reads that fail (a program that does not exist) are left to the browser to report. */
const settle = (reads: Promise<unknown>[]) => Promise.allSettled(reads);

/** The programs in force, then each one's document (the calculator's questions come from them). */
async function documentsInForce(read: Read, regionCode: string) {
  const listed = await read("portal.listPrograms", { regionCode });
  await settle(listed.map((p) => read("portal.getProgram", { programId: p.programId })));
}

export const PAGE_READS: Record<PageName, (read: Read, params: Params) => Promise<unknown>> = {
  home: (read) => settle([read("portal.listRegions", undefined)]),
  // the program cards show each program's validity from the list's summaries: no documents
  district: (read, { regionCode = "" }) =>
    settle([
      read("region.get", { code: regionCode }),
      read("portal.getSettings", { regionCode }),
      read("portal.listPrograms", { regionCode, withArchived: true }),
    ]),
  program: (read, { regionCode = "", programId = "" }) =>
    settle([read("portal.getProgram", { programId }), read("region.get", { code: regionCode })]),
  // the first screen (who are you) is built from the documents in force
  check: (read, { regionCode = "" }) =>
    settle([
      read("region.get", { code: regionCode }),
      read("portal.getCatalogues", { regionCode }),
      documentsInForce(read, regionCode),
    ]),
};
