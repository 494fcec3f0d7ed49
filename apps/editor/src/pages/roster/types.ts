import type { acceptRosterUpload } from "@jiangce/api";
import type { inferInput, inferOutput } from "@trpc/tanstack-react-query";
import type { trpc } from "../../trpc.ts";

/** The mapping as the API takes it (its one home is @jiangce/roster's schema). */
export type RosterMapping = inferInput<typeof trpc.roster.start>["mapping"];
export type RosterRun = inferOutput<typeof trpc.roster.get>;
export type RosterRows = inferOutput<typeof trpc.roster.rows>;

/** What the upload route answers (an HTTP route beside tRPC: `acceptRosterUpload`'s result). */
export type RosterUpload = Awaited<ReturnType<typeof acceptRosterUpload>>;
export type ValueTarget = RosterUpload["valueTargets"][number];
export type ColumnValues = RosterUpload["columns"][number];

/** The run's stored outcome (RunSummary of @jiangce/roster, without the per-row results). */
export interface RosterSummary {
  rows: number;
  evaluated: number;
  paying: number;
  failedCount: number;
  failed: { line: number; reason: string }[];
  unknown: { column: string; target: string; value: string; count: number; lines: number[] }[];
  totals: Record<
    "byProgram" | "byMatter" | "byPayer",
    Record<
      string,
      { key: string; rows: number; entitlements: number; fen: number; unspecified: number }
    >
  >;
}
