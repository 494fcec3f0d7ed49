import { Writable } from "node:stream";
import { createDb, type Db, migrate } from "@jiangce/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "./create-server.ts";

let db: Db;
let app: FastifyInstance;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = createDb({ url: ":memory:" });
  await migrate(db);
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  app = await createServer({ db, logger: { level: "info", stream } });
});
afterAll(async () => {
  await app.close();
  await db.$disconnect();
});

describe("the request guard", () => {
  it("logs the procedures a request calls, however its path was encoded", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth%252Elogin",
      headers: { "content-type": "application/json" },
      payload: { username: "nobody", password: "wrong" },
    });
    expect(response.statusCode).toBe(401);
    const line = lines.find((l) => l.msg === "request" && l.statusCode === 401);
    expect(line).toMatchObject({ method: "POST", procedures: ["auth.login"], calls: 1 });
    expect(JSON.stringify(line)).not.toContain("%252E");
  });

  it("refuses paths that do not decode to procedures of the router", async () => {
    for (const url of ["/api/auth.nothing", "/api/portal.listRegions%2Cnope?batch=1"]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.message, url).toBe("请求的接口不存在");
      expect(response.headers["cache-control"], url).toBe("no-store");
    }
  });

  it("lets only anonymous portal reads go without no-store", async () => {
    const url = "/api/portal.listRegions";
    expect((await app.inject(url)).headers["cache-control"]).toBeUndefined();
    const withCookie = await app.inject({ url, headers: { cookie: "jiangce_session=x" } });
    expect(withCookie.statusCode).toBe(200);
    expect(withCookie.headers["cache-control"]).toBe("no-store");
    expect((await app.inject("/api/health.check")).headers["cache-control"]).toBe("no-store");
  });
});
