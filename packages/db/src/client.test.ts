import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultDatabaseFile, dialectOf, resolveDatabaseUrl } from "./client.ts";

describe("resolveDatabaseUrl", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("defaults to data/jiangce.db at the repository root", () => {
    vi.stubEnv("DATABASE_URL", "");
    const repositoryRoot = path.resolve(import.meta.dirname, "..", "..", "..");
    expect(defaultDatabaseFile).toBe(path.join(repositoryRoot, "data", "jiangce.db"));
    expect(resolveDatabaseUrl()).toBe(`file:${defaultDatabaseFile}`);
  });

  it("takes DATABASE_URL, and an explicit url over it", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u@db.example:5432/jiangce");
    expect(resolveDatabaseUrl()).toBe("postgresql://u@db.example:5432/jiangce");
    expect(resolveDatabaseUrl("file:/tmp/x.db")).toBe("file:/tmp/x.db");
  });

  it("makes relative SQLite paths absolute and keeps in-memory databases", () => {
    expect(resolveDatabaseUrl("file:./a.db")).toBe(`file:${path.resolve("a.db")}`);
    expect(resolveDatabaseUrl("b.db")).toBe(`file:${path.resolve("b.db")}`);
    expect(resolveDatabaseUrl(":memory:")).toBe(":memory:");
  });
});

describe("dialectOf", () => {
  it("selects PostgreSQL for postgres:// and postgresql:// URLs only", () => {
    expect(dialectOf("postgresql://localhost/jiangce")).toBe("postgresql");
    expect(dialectOf("postgres://localhost/jiangce")).toBe("postgresql");
    expect(dialectOf("file:/srv/jiangce.db")).toBe("sqlite");
    expect(dialectOf(":memory:")).toBe("sqlite");
  });
});
