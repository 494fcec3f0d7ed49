import { Writable } from "node:stream";
import type { CliIo } from "./cli-io.ts";

/** A CliIo that keeps what a command printed, for tests. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const chunks: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
  };
  return {
    io,
    out: () => out.join("\n"),
    err: () => err.join("\n"),
    stdout: () => chunks.join(""),
  };
}
