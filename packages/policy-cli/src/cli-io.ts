import type { Writable } from "node:stream";

/**
 * Where a command writes. Commands never touch process.stdout/exit directly, so tests call
 * them as functions and read what they printed; main.ts binds them to the process.
 */
export interface CliIo {
  /** human-readable output and JSON results */
  out(text: string): void;
  /** progress, summaries and errors */
  err(text: string): void;
  /** the stream `batch` writes results to when no --out file is given */
  stdout: Writable;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  stdout: process.stdout,
};

/** Exit codes: 0 done, 1 the input has errors (reported), 2 the command could not run. */
export type ExitCode = 0 | 1 | 2;

/** A failure the user can fix, reported in Chinese without a stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
