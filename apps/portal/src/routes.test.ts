import { describe, expect, it } from "vitest";
import { matchRoute } from "./routes.tsx";

describe("the portal's pages by path", () => {
  it("finds each page and its parameters, and nothing for other paths", () => {
    expect(matchRoute("/")?.route.name).toBe("home");
    expect(matchRoute("/r/420112")).toMatchObject({
      route: { name: "district" },
      params: { regionCode: "420112" },
    });
    expect(matchRoute("/r/420112/p/abc%20d")).toMatchObject({
      route: { name: "program" },
      params: { regionCode: "420112", programId: "abc d" },
    });
    expect(matchRoute("/r/420112/check/")?.route.name).toBe("check");
    for (const other of ["/r", "/r/420112/x", "/editor/", "/r/%E0%A4%A/p/1", "/r/1/p/2/3"])
      expect(matchRoute(other), other).toBeNull();
  });
});
