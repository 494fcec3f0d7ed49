import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { draftStore } from "./draft-store.ts";

describe("unsaved drafts kept in the browser", () => {
  it("keeps the latest edits per program until they are cleared", async () => {
    const store = draftStore(new IDBFactory());
    const edit = (text: string) => ({
      programId: "p1",
      baseVersionId: "v1",
      baseRevision: 3,
      document: { title: text },
      keptAt: new Date().toISOString(),
    });
    expect(await store.load("p1")).toBeUndefined();
    await store.keep(edit("第一稿"));
    await store.keep(edit("第二稿"));
    await store.keep({ ...edit("另一方案"), programId: "p2" });
    expect((await store.load("p1"))?.document).toEqual({ title: "第二稿" });
    expect((await store.load("p1"))?.baseRevision).toBe(3);
    await store.clear("p1");
    expect(await store.load("p1")).toBeUndefined();
    expect((await store.load("p2"))?.document).toEqual({ title: "另一方案" });
  });
});
