import { recipientKinds } from "@jiangce/rule-schema";
import { z } from "zod";

/**
 * Where a roster column goes. Envelope columns: `id` (档案编号; default 行<line>), `name`,
 * `identityNumber` (身份证号: checked, kept beside the result for a confirmed list, never put
 * into the profile), `regionCode` (所在区: a 6-digit code or a district name the caller can
 * resolve), `kind` (the row's recipient kind, when rows differ), `attribute` (kept beside
 * the result: 证书编号, 工作单位), `ignore`.
 * `fact:<key>` fills a catalogue fact; `record:<fact>.<field>` one field of a record fact
 * (竞赛: a row's competition columns make one record of `competitions`).
 */
export const columnTargetSchema = z.union([
  z.enum(["id", "name", "identityNumber", "regionCode", "kind", "attribute", "ignore"]),
  z.string().regex(/^fact:[A-Za-z][\w-]*$/, "事实列应写作 fact:<事实名>"),
  z.string().regex(/^record:[A-Za-z][\w-]*\.[A-Za-z][\w-]*$/, "记录列应写作 record:<事实>.<字段>"),
]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

/**
 * A district's saved mapping of a register: column header → target, and per fact (or
 * `fact.field`) raw cell text → catalogue value, for values the catalogue's labels and the
 * built-in synonyms do not cover.
 */
export const rosterMappingSchema = z.strictObject({
  kind: z.enum(recipientKinds).default("person"),
  columns: z.record(z.string(), columnTargetSchema),
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** unit of money cells: 元 in registers staff keep, 分 in machine-made profile files */
  money: z.enum(["yuan", "fen"]).default("yuan"),
});
export type RosterMapping = z.infer<typeof rosterMappingSchema>;
export type RosterMappingInput = z.input<typeof rosterMappingSchema>;

/** Parse a mapping (from a JSON file or a request); throws zod's error with paths. */
export function parseMapping(value: unknown): RosterMapping {
  return rosterMappingSchema.parse(value);
}
