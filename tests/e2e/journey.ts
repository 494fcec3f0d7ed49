// The set-up every browser journey file shares: the apps built, the server on a free port with
// its own embedded database, and one Chromium; both stopped when the file is done.
import { afterAll, beforeAll } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { type Browser, buildApps, launchBrowser } from "./browser.ts";

export interface Journey {
  readonly server: StartedServer;
  readonly browser: Browser;
}

/** Registers the file's hooks; read `server` and `browser` from the result inside tests. */
export function journey(): Journey {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    buildApps();
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("the journey's server has not started");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the journey's browser has not started");
      return browser;
    },
  };
}
