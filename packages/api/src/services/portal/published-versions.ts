import type { Db } from "@jiangce/db";
import { type Program, programDocument } from "@jiangce/rule-schema";

/** What the portal shows of a published version. All of it is frozen once published. */
export interface PublishedVersionMeta {
  id: string;
  number: number;
  snapshotName: string | null;
  contentHash: string | null;
  publishedAt: Date | null;
}

/**
 * What a list of programs shows of each document without sending it: its validity (the portal
 * works out the badge from it, as the engine would) and how many clauses and benefits it has.
 */
export interface PublishedVersionSummary {
  validity: Program["validity"] | null;
  clauses: number;
  benefits: number;
  treatments: number;
}

function summarise(document: unknown): PublishedVersionSummary {
  const program = programDocument(document);
  if (!program) return { validity: null, clauses: 0, benefits: 0, treatments: 0 };
  return {
    validity: program.validity,
    clauses: program.clauses.length,
    benefits: program.clauses.reduce((n, c) => n + (c.benefits?.length ?? 0), 0),
    treatments: program.clauses.reduce((n, c) => n + (c.treatments?.length ?? 0), 0),
  };
}

/** the columns of PublishedVersionMeta, for Prisma's `select` */
const metaFields = {
  id: true,
  number: true,
  snapshotName: true,
  contentHash: true,
  publishedAt: true,
} as const satisfies Record<keyof PublishedVersionMeta, true>;

/**
 * A per-database cache of published versions, keyed by version id. Safe across processes and
 * without invalidation: a version is only ever reached here through Program.publishedVersionId,
 * which is set in the same transaction that publishes it, and a published version's document,
 * hash, number and stamp never change again (service and database triggers). What changes on
 * publish is the pointer, and the pointer is read fresh on every request.
 */
class PublishedVersionCache {
  readonly #meta = new Map<string, PublishedVersionMeta>();
  readonly #documents = new Map<string, unknown>();
  /** small, one per published version: kept without limit */
  readonly #summaries = new Map<string, PublishedVersionSummary>();

  constructor(
    private readonly db: Db,
    private readonly maxDocuments = 200,
  ) {}

  async meta(ids: string[]): Promise<Map<string, PublishedVersionMeta>> {
    const missing = ids.filter((id) => !this.#meta.has(id));
    if (missing.length > 0) {
      const rows = await this.db.programVersion.findMany({
        where: { id: { in: missing } },
        select: metaFields,
      });
      for (const row of rows) this.#meta.set(row.id, row);
    }
    const found = new Map<string, PublishedVersionMeta>();
    for (const id of ids) {
      const meta = this.#meta.get(id);
      if (meta) found.set(id, meta);
    }
    return found;
  }

  async summaries(ids: string[]): Promise<Map<string, PublishedVersionSummary>> {
    const missing = ids.filter((id) => !this.#summaries.has(id));
    if (missing.length > 0) {
      const rows = await this.db.programVersion.findMany({
        where: { id: { in: missing } },
        select: { id: true, document: true },
      });
      for (const row of rows) this.#summaries.set(row.id, summarise(row.document));
    }
    const found = new Map<string, PublishedVersionSummary>();
    for (const id of ids) {
      const summary = this.#summaries.get(id);
      if (summary) found.set(id, summary);
    }
    return found;
  }

  async document(id: string): Promise<{ meta: PublishedVersionMeta; document: unknown } | null> {
    if (this.#documents.has(id) && this.#meta.has(id)) {
      const document = this.#documents.get(id);
      // least recently used goes first: re-insert on use
      this.#documents.delete(id);
      this.#documents.set(id, document);
      return { meta: this.#meta.get(id)!, document };
    }
    const row = await this.db.programVersion.findUnique({
      where: { id },
      select: { ...metaFields, document: true },
    });
    if (!row) return null;
    const { document, ...meta } = row;
    this.#meta.set(id, meta);
    this.#documents.set(id, document);
    if (this.#documents.size > this.maxDocuments) {
      const oldest = this.#documents.keys().next().value;
      if (oldest !== undefined) this.#documents.delete(oldest);
    }
    return { meta, document };
  }
}

const caches = new WeakMap<Db, PublishedVersionCache>();

export function publishedVersions(db: Db): PublishedVersionCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PublishedVersionCache(db);
    caches.set(db, cache);
  }
  return cache;
}
