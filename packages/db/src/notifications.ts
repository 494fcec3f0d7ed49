import pg from "pg";
import type { Db } from "./client.ts";

/**
 * PostgreSQL LISTEN/NOTIFY, for processes that share one database and keep copies of what it
 * holds (the portal caches): one process says "this changed", every process hears it.
 * SQLite has no equivalent and runs as one process: there both functions do nothing.
 */

export interface NotificationHandlers {
  /** A notification on the channel (from any process, this one included). */
  onNotify(payload: string): void;
  /** LISTEN is active: (again) connected. Notifications sent while disconnected were lost. */
  onConnect?(): void;
  /** The listening connection broke; a reconnect is scheduled. */
  onDisconnect?(error: unknown): void;
}

export interface NotificationListener {
  /** Whether LISTEN is active right now. */
  readonly listening: boolean;
  close(): Promise<void>;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** How the listening connections show in pg_stat_activity (operators, tests). */
export const LISTENER_APPLICATION_NAME = "jiangce-listen";
const MAX_BACKOFF_MS = 5000;

/** Sends a notification (delivered to listeners when the sending statement commits). */
export async function notify(db: Db, channel: string, payload: string): Promise<void> {
  if (db.dialect !== "postgresql") return;
  await db.$executeRawUnsafe("SELECT pg_notify($1, $2)", channel, payload);
}

/**
 * Listens on a channel over a dedicated connection (a pooled one cannot hold LISTEN), and
 * reconnects with backoff when that connection drops, for as long as it is not closed.
 */
export function listenForNotifications(
  db: Db,
  channel: string,
  handlers: NotificationHandlers,
): NotificationListener | undefined {
  if (db.dialect !== "postgresql") return undefined;
  if (!CHANNEL_NAME.test(channel)) throw new Error(`unsafe channel name ${channel}`);
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let backoffMs = 100;
  let timer: NodeJS.Timeout | undefined;

  const lost = (error: unknown) => {
    if (closed) return;
    const wasListening = listening;
    listening = false;
    const broken = client;
    client = undefined;
    broken?.removeAllListeners();
    broken?.on("error", () => {}); // a late error from the dead connection must not crash us
    broken?.end().catch(() => {});
    if (wasListening) handlers.onDisconnect?.(error);
    timer = setTimeout(connect, backoffMs);
    timer.unref();
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
  };

  const connect = async () => {
    timer = undefined;
    if (closed) return;
    const next = new pg.Client({
      connectionString: db.url,
      keepAlive: true,
      application_name: LISTENER_APPLICATION_NAME,
    });
    client = next;
    next.on("error", lost);
    next.on("end", () => lost(new Error("LISTEN connection ended")));
    next.on("notification", (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? "");
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (closed || client !== next) return;
      listening = true;
      backoffMs = 100;
      handlers.onConnect?.();
    } catch (error) {
      if (client === next) lost(error);
    }
  };

  void connect();
  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      listening = false;
      if (timer) clearTimeout(timer);
      const last = client;
      client = undefined;
      if (last) {
        last.removeAllListeners();
        last.on("error", () => {});
        await last.end().catch(() => {});
      }
    },
  };
}
