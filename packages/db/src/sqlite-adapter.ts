import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * A tiny FIFO lock. The better-sqlite3 adapter shares ONE connection between transactions and
 * plain queries, so without it a portal read issued while a publish transaction is open would
 * run inside that transaction and see its uncommitted writes. Holding this lock from BEGIN to
 * COMMIT/ROLLBACK, and around every plain query, gives readers committed data only.
 */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }
}

// WAL lets other processes (CLI, a second server) read while one writes; the busy timeout makes
// a writer wait for another process's write instead of failing at once.
const PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = NORMAL",
  "PRAGMA foreign_keys = ON",
  "PRAGMA busy_timeout = 5000",
];

export interface SqliteConnection {
  /** Resolves to the connected driver adapter once Prisma has connected. */
  adapter(): Promise<SqliteScriptRunner>;
}

export interface SqliteScriptRunner {
  /**
   * Runs `work` alone on the connection: no Prisma query interleaves until it settles. Used by
   * migrate() to hold BEGIN IMMEDIATE … COMMIT around several scripts.
   */
  exclusive<T>(work: (raw: RawSqlite) => Promise<T>): Promise<T>;
}

export interface RawSqlite {
  /** Several statements separated by semicolons, trigger bodies included. */
  executeScript(script: string): Promise<void>;
  /** One statement without parameters; rows as arrays in column order. */
  query(sql: string): Promise<unknown[][]>;
}

export function createSqliteAdapter(file: string): {
  factory: Factory;
  connection: SqliteConnection;
} {
  const inner = new PrismaBetterSQLite3({ url: file });
  const lock = new Lock();
  let connected: Promise<Adapter> | undefined;

  const connect = (): Promise<Adapter> => {
    connected ??= inner.connect().then(async (adapter) => {
      for (const pragma of PRAGMAS) {
        // journal_mode answers with a row, so it goes through queryRaw
        await adapter.queryRaw({ sql: pragma, args: [], argTypes: [] });
      }
      return adapter;
    });
    return connected;
  };

  const wrap = (adapter: Adapter): Adapter => {
    const locked = async <T>(work: () => Promise<T>): Promise<T> => {
      const release = await lock.acquire();
      try {
        return await work();
      } finally {
        release();
      }
    };
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      queryRaw: (query) => locked(() => adapter.queryRaw(query)),
      executeRaw: (query) => locked(() => adapter.executeRaw(query)),
      executeScript: (script) => locked(() => adapter.executeScript(script)),
      getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
      dispose: () => {
        connected = undefined;
        return adapter.dispose();
      },
      async startTransaction(isolationLevel): Promise<Transaction> {
        const release = await lock.acquire();
        try {
          const tx = await adapter.startTransaction(isolationLevel);
          let done = false;
          const finish = async (end: () => Promise<void>) => {
            try {
              await end();
            } finally {
              if (!done) {
                done = true;
                release();
              }
            }
          };
          return {
            provider: tx.provider,
            adapterName: tx.adapterName,
            options: tx.options,
            queryRaw: (query) => tx.queryRaw(query),
            executeRaw: (query) => tx.executeRaw(query),
            commit: () => finish(() => tx.commit()),
            rollback: () => finish(() => tx.rollback()),
          };
        } catch (error) {
          release();
          throw error;
        }
      },
    };
  };

  const factory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wrap(await connect()),
    connectToShadowDb: () => inner.connectToShadowDb(),
  } as unknown as Factory;

  return {
    factory,
    connection: {
      async adapter() {
        const adapter = await connect();
        return {
          async exclusive(work) {
            const release = await lock.acquire();
            try {
              return await work({
                executeScript: (script) => adapter.executeScript(script),
                query: async (sql) =>
                  (await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows,
              });
            } finally {
              release();
            }
          },
        };
      },
    },
  };
}
