// The same server on PostgreSQL (DATABASE_URL=postgresql://…): seeded at start, the portal shows
// a district's programs exactly as the API lists them.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../support/postgres.ts";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { apiClient } from "./api-client.ts";
import { type Browser, buildApps, launchBrowser, watchErrors } from "./browser.ts";

let postgres: PostgresServer;
let server: StartedServer;
let browser: Browser;

beforeAll(async () => {
  buildApps();
  postgres = await startPostgres();
  [server, browser] = await Promise.all([
    startServer({ databaseUrl: await postgres.createDatabase() }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await postgres?.stop();
});

it("serves the seeded portal from PostgreSQL", async () => {
  const api = apiClient(server.url);
  expect(await api.health.check.query()).toMatchObject({ ok: true, dialect: "postgresql" });
  const regions = await api.portal.listRegions.query();
  // the seed publishes district programs (东西湖区): without them this test would check nothing
  const region = regions.find((r) => r.level === "district");
  if (region === undefined) throw new Error("no district with published programs: seed missing");
  const programs = await api.portal.listPrograms.query({ regionCode: region.code });
  expect(programs.length).toBeGreaterThan(0);
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  await page.locator(".province").first().waitFor();
  await page.locator(`a[href="/r/${region.code}"]`).click();
  await page.locator(".program-card").first().waitFor();
  expect(await page.locator(".program-card h3").allTextContents()).toEqual(
    programs.map((p) => p.title),
  );
  await browser.screenshot(page, "portal-district-postgresql");
  expect(errors).toEqual([]);
  await page.close();
  expect(await server.stop()).toBe(0);
});
