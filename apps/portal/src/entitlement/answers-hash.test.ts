import { describe, expect, it } from "vitest";
import { type Answers, decodeAnswers, encodeAnswers } from "./answers-hash.ts";

describe("answers in the URL fragment", () => {
  const answers: Answers = {
    kind: "person",
    asOf: "2025-06-01",
    values: {
      skillLevel: "senior",
      titles: ["quzhou-craftsman"],
      competitions: [{ event: "worldskills", medal: "gold", year: "2022" }],
      inShortageFrontlinePost: true,
      salary: "1.5万",
    },
    answered: ["honours", "skillLevel"],
    all: false,
  };

  it("reopens exactly the answers it was made from", () => {
    const hash = encodeAnswers(answers);
    expect(hash.startsWith("#answers=")).toBe(true);
    expect(decodeAnswers(hash)).toEqual(answers);
  });

  it("keeps Chinese text and the whole-form choice", () => {
    const a = { ...answers, asOf: null, values: { employer: "衢州某某有限公司" }, all: true };
    expect(decodeAnswers(encodeAnswers(a))).toEqual(a);
  });

  it("reads an edited or foreign fragment as no answers", () => {
    expect(decodeAnswers("#clause-3")).toBeNull();
    expect(decodeAnswers("#answers=%7B%22k%22")).toBeNull();
    expect(decodeAnswers("#answers=42")).toBeNull();
    const odd = decodeAnswers(
      `#answers=${encodeURIComponent('{"k":"person","v":{"a":1,"b":"x"},"d":"tomorrow"}')}`,
    );
    expect(odd).toEqual({
      kind: "person",
      asOf: null,
      values: { b: "x" },
      answered: [],
      all: false,
    });
  });
});
