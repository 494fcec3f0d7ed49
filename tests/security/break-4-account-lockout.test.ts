// Break 4: five wrong passwords from anywhere locked the account for everyone for 15 minutes.
// Now failures back off per account-and-address, and an account-wide ceiling (which spares the
// addresses the owner has signed in from) still bounds guesses spread over many addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/start-server.ts";
import { DEMO_PASSWORD, login } from "./http.ts";

let server: StartedServer;
beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "1" } });
});
afterAll(async () => {
  await server?.stop();
});

const from = (ip: string) => ({ "x-forwarded-for": ip });
const appCode = (text: string) => JSON.parse(text).error?.data?.appCode as string | undefined;

describe("break 4: nobody can lock another person out of their account", () => {
  it("a stranger's failures stop the stranger, not the owner at their usual address", async () => {
    const owner = "drafter-420112";
    const home = "203.0.113.10";
    expect((await login(server.url, owner, DEMO_PASSWORD, from(home))).session).not.toBeNull();

    const stranger = "198.51.100.7";
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i += 1) {
      codes.push(
        appCode((await login(server.url, owner, `guess-${i}`, from(stranger))).answer.text),
      );
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("INVALID_CREDENTIALS"));
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    // the stranger cannot get in even with the right password now…
    const blocked = await login(server.url, owner, DEMO_PASSWORD, from(stranger));
    expect(appCode(blocked.answer.text)).toBe("RATE_LIMITED");
    // …nor by claiming the owner's address: the proxy appends the address it really saw, and
    // with TRUST_PROXY=1 only that last entry counts
    const forged = await login(server.url, owner, DEMO_PASSWORD, from(`${home}, ${stranger}`));
    expect(appCode(forged.answer.text)).toBe("RATE_LIMITED");
    // …while the owner signs in as usual
    expect((await login(server.url, owner, DEMO_PASSWORD, from(home))).session).not.toBeNull();
  });

  it("guesses spread over many addresses stay bounded, and the owner's usual address still works", async () => {
    const owner = "reviewer-330800";
    const home = "203.0.113.20";
    expect((await login(server.url, owner, DEMO_PASSWORD, from(home))).session).not.toBeNull();

    let evaluated = 0;
    for (let i = 0; i < 40; i += 1) {
      const { answer } = await login(server.url, owner, `guess-${i}`, from(`198.18.0.${i + 1}`));
      if (appCode(answer.text) === "INVALID_CREDENTIALS") evaluated += 1;
    }
    console.log(`guesses evaluated across 40 addresses: ${evaluated}`);
    expect(evaluated).toBeLessThan(40);
    // a new address with the right password is refused while the ceiling holds
    const fresh = await login(server.url, owner, DEMO_PASSWORD, from("198.18.1.1"));
    expect(appCode(fresh.answer.text)).toBe("RATE_LIMITED");
    expect((await login(server.url, owner, DEMO_PASSWORD, from(home))).session).not.toBeNull();
  });
});
