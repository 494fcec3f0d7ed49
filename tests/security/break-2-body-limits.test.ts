// Break 2: a multipart body skipped the size limit and was read whole (RSS 166 → 795 MB for
// 200 MB). Every body, whatever its type or framing, is now judged before it is read.
import { readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { request } from "./http.ts";

let server: StartedServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** The server process's resident memory (current and peak) in MB, from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) =>
    Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** Resets the peak (VmHWM) to the current RSS, so the next peak is the request's own. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // not permitted: the peak then also covers the server's start (a stricter measure)
  }
}

/** Streams `totalBytes` of body to the server; resolves with the status it answered. */
function stream(
  base: string,
  path: string,
  headers: Record<string, string | number>,
  totalBytes: number,
): Promise<number> {
  return new Promise((resolve) => {
    const url = new URL(path, base);
    let answered = 0;
    const req = httpRequest(url, { method: "POST", headers }, (res) => {
      answered = res.statusCode ?? 0;
      res.resume();
      res.on("end", () => resolve(answered));
    });
    // The server may answer and close while we are still sending (that is the point): a reset
    // then ends the request, with the status it answered if it arrived first, else 0.
    req.on("error", () => resolve(answered));
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      req.end();
    };
    req.on("response", () => {
      sent = totalBytes; // stop sending once answered
    });
    pump();
  });
}

describe("break 2: bodies are limited before they are read, whatever their type", () => {
  it("refuses a 50 MB anonymous multipart login without the server's memory growing by 20 MB", async () => {
    const pid = server.pid;
    resetPeak(pid);
    const before = memoryOf(pid);
    const size = 50 * 1024 * 1024;
    const status = await stream(
      server.url,
      "/api/auth.login",
      {
        "content-type": "multipart/form-data; boundary=----x",
        "content-length": size,
      },
      size,
    );
    const after = memoryOf(pid);
    const growth = after.peak - before.rss;
    console.log(
      `50 MB multipart: status ${status}; server RSS ${before.rss.toFixed(1)} → ${after.rss.toFixed(1)} MB, peak ${after.peak.toFixed(1)} MB (growth ${growth.toFixed(1)} MB)`,
    );
    expect([413, 415, 0]).toContain(status);
    expect(after.rss - before.rss).toBeLessThan(20);
    expect(growth).toBeLessThan(20);
  });

  it("refuses chunked bodies without a length and of unknown types once they pass the limit", async () => {
    const pid = server.pid;
    resetPeak(pid);
    const before = memoryOf(pid);
    const chunked = await stream(
      server.url,
      "/api/auth.login",
      { "content-type": "application/x-anything", "transfer-encoding": "chunked" },
      30 * 1024 * 1024,
    );
    const chunkedMultipart = await stream(
      server.url,
      "/api/auth.login",
      { "content-type": "multipart/form-data; boundary=y", "transfer-encoding": "chunked" },
      30 * 1024 * 1024,
    );
    const after = memoryOf(pid);
    console.log(
      `30 MB chunked bodies: statuses ${chunked}, ${chunkedMultipart}; server RSS ${before.rss.toFixed(1)} → ${after.rss.toFixed(1)} MB, peak ${after.peak.toFixed(1)} MB`,
    );
    expect([413, 415, 0]).toContain(chunked);
    expect([413, 415, 0]).toContain(chunkedMultipart);
    expect(after.rss - before.rss).toBeLessThan(20);
    expect(after.peak - before.rss).toBeLessThan(20);
  });

  it("refuses an oversized JSON body by its Content-Length and a batch with too many calls", async () => {
    const big = await stream(
      server.url,
      "/api/auth.login",
      { "content-type": "application/json", "content-length": 40 * 1024 * 1024 },
      40 * 1024 * 1024,
    );
    expect([413, 0]).toContain(big);
    const many = Array.from({ length: 30 }, () => "health.check").join(",");
    const batch = await request(server.url, `/api/${many}?batch=1`);
    expect(batch.status).toBe(400);
    // an ordinary batch still works
    const ok = await request(server.url, "/api/portal.listRegions,health.check?batch=1");
    expect(ok.status).toBe(200);
  });
});
