import { DEMO_PASSWORD } from "@jiangce/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";

/**
 * Break 8 as the probe saw it, over HTTP against the real server (`npm start`): a document with
 * conditions nested 125–4000 levels gave a 500, deeper ones a 400 naming no field. Every depth
 * now gets a 400 whose error names the field path where the nesting limit is crossed.
 */
let server: StartedServer;
let cookie = "";
let csrfToken = "";

beforeAll(async () => {
  server = await startServer();
  const login = await fetch(`${server.url}/api/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "drafter-420112", password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  csrfToken = ((await login.json()) as { result: { data: { csrfToken: string } } }).result.data
    .csrfToken;
}, 180_000);
afterAll(() => server?.stop());

/** The request body as JSON text, built by hand: JSON.stringify itself overflows at such depths. */
function createBody(levels: number) {
  const leaf = JSON.stringify({ fact: "skillLevel", op: "gte", value: "technician" });
  const conditions = `${'{"all":['.repeat(levels)}${leaf}${"]}".repeat(levels)}`;
  const document = `{"title":"深层嵌套","clauses":[{"id":"c1","benefits":[{"id":"b1","conditions":${conditions}}]}]}`;
  return `{"regionCode":"420112","slug":"deep-${levels}","title":"深层嵌套","document":${document}}`;
}

describe("break 8 over HTTP: deep nesting answers 400 with the field path", () => {
  for (const levels of [125, 1000, 4000, 20_000]) {
    it(`program.create with conditions nested ${levels} levels`, async () => {
      const response = await fetch(`${server.url}/api/program.create`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
        body: createBody(levels),
      });
      const body = (await response.json()) as {
        error: {
          message: string;
          data: { appCode: string; details: { issues: { path: string }[] } };
        };
      };
      expect(response.status).toBe(400);
      expect(body.error.data.appCode).toBe("INPUT_INVALID");
      expect(body.error.data.details.issues[0]?.path).toMatch(
        /^document\.clauses\.0\.benefits\.0\.conditions\.all\.0\./,
      );
      expect(body.error.message).toContain("嵌套");
    });
  }
});
