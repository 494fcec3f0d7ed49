/** Bounds on untrusted roster files; every reader checks them while streaming. */
export interface RosterLimits {
  /** bytes of the file as uploaded (compressed, for XLSX) */
  maxBytes: number;
  /** data rows, header excluded */
  maxRows: number;
  maxColumns: number;
  /** characters in one cell */
  maxCellChars: number;
  /** XLSX: bytes of all zip entries once inflated */
  maxInflatedBytes: number;
  /** XLSX: zip entries */
  maxZipEntries: number;
}

/** For uploads through the server: a district's register, not a province's. */
export const uploadLimits: RosterLimits = {
  maxBytes: 40 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 200,
  maxCellChars: 4_000,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxZipEntries: 1_000,
};

/** For the CLI (a trusted operator's own files): rows and bytes unbounded, cells still bounded. */
export const cliLimits: RosterLimits = {
  ...uploadLimits,
  maxBytes: Number.POSITIVE_INFINITY,
  maxRows: Number.POSITIVE_INFINITY,
  maxInflatedBytes: 2 * 1024 * 1024 * 1024,
};

/** A file refused as a whole (too big, zip bomb, not a roster); rows are never thrown. */
export class RosterFileError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = "RosterFileError";
  }
}
