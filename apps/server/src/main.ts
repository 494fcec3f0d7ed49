// Starts the platform: database (embedded SQLite by default, PostgreSQL when DATABASE_URL says
// so), migrations, seed, then one HTTP server for the API, the portal and the editor.
import { createDb, formatDemoAccounts, migrate, seed } from "@jiangce/db";
import { createServer } from "./create-server.ts";

const port = Number(process.env.PORT ?? 3000);

/**
 * TRUST_PROXY: a number n = the client address is the one n proxies in front of us saw (the
 * n-th X-Forwarded-For entry from the right; `1` behind one nginx), so a client cannot choose
 * its own address by sending the header itself; or a list of proxy addresses/CIDRs to trust.
 */
function trustProxyFrom(value: string | undefined): number | string | false {
  if (!value || value === "0") return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
const host = process.env.HOST ?? "0.0.0.0";

const db = createDb();
await migrate(db);
// Demo accounts share a published password: a real deployment turns them off (DEMO_ACCOUNTS=0)
// and creates its first admin with `create-admin`.
const seeded = await seed(db, { demoAccounts: process.env.DEMO_ACCOUNTS !== "0" });

const app = await createServer({
  db,
  logger: { level: process.env.LOG_LEVEL ?? "warn" },
  trustProxy: trustProxyFrom(process.env.TRUST_PROXY),
  secureCookies: process.env.COOKIE_SECURE === "1",
});
try {
  await app.listen({ port, host });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === "EADDRINUSE"
      ? `端口 ${port} 已被占用：请先关闭占用它的程序，或用 PORT=其他端口 启动。`
      : error,
  );
  await db.$disconnect();
  process.exit(1);
}
const bound = app.server.address();
const boundPort = typeof bound === "object" && bound ? bound.port : port;
const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
const base = `http://${shownHost}:${boundPort}`;
console.log(`\n匠策 已启动\n  门户 portal:  ${base}/\n  编辑器 editor: ${base}/editor/\n`);
if (seeded.demoAccounts.length > 0) {
  console.log(
    `演示账号 demo accounts（仅供演示，生产环境请勿使用）:\n${formatDemoAccounts(seeded.demoAccounts)}\n`,
  );
}

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`\n收到 ${signal}，正在关闭…`);
  // Requests in flight get a few seconds to finish; a hung connection must not keep us alive.
  setTimeout(() => {
    console.error("关闭超时，强制退出。");
    process.exit(1);
  }, 10_000).unref();
  try {
    await app.close();
    await db.$disconnect();
    process.exit(0);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
