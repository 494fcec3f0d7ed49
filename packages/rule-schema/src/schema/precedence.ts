import { z } from "zod";
import { idSchema } from "./primitives.ts";

/**
 * How competing benefits of one matter are settled; the drafter chooses, per program or
 * per matter. Nothing here is hard-coded in the engine.
 *
 * withinMatter (inside one program):
 *   "highest" 就高、不重复享受: only the highest benefit of the matter is paid;
 *   "stack"   all qualifying benefits of the matter are paid (additive, 再给予).
 * acrossPrograms (the same matter granted by several programs in force):
 *   "highest-then-newest" 从新就高: the highest standard; on equal standards the newest program;
 *   "newest"  从新 / 按本政策执行: the newest program replaces older ones even if lower;
 *   "stack"   paid on top of other programs' awards (additive);
 *   "none"    the program states nothing; the newest program that does state a rule governs,
 *             and if none does, each program's award stands on its own (as "stack").
 * The newest program (latest effective date) among the competitors governs.
 * higherLevelOverrides 上级优先 (国家、省今后有明确规定的从其规定): a program of a higher
 * level that took effect later than this one replaces this one for the same matter.
 */
export const withinMatterSchema = z.enum(["highest", "stack"], {
  error: "withinMatter 应为 highest（就高不重复）或 stack（叠加）",
});
export const acrossProgramsSchema = z.enum(["highest-then-newest", "newest", "stack", "none"], {
  error:
    "acrossPrograms 应为 highest-then-newest（从新就高）/newest（从新）/stack（叠加）/none（未规定）之一",
});

export const precedenceRuleSchema = z.strictObject({
  withinMatter: withinMatterSchema.default("highest"),
  acrossPrograms: acrossProgramsSchema.default("none"),
  higherLevelOverrides: z.boolean().default(false),
});
export type PrecedenceRule = z.infer<typeof precedenceRuleSchema>;

export const precedenceSettingsSchema = z.strictObject({
  withinMatter: withinMatterSchema.default("highest"),
  acrossPrograms: acrossProgramsSchema.default("none"),
  higherLevelOverrides: z.boolean().default(false),
  /** per-matter overrides of the program's settings */
  matters: z
    .record(
      idSchema,
      z.strictObject({
        withinMatter: withinMatterSchema.optional(),
        acrossPrograms: acrossProgramsSchema.optional(),
        higherLevelOverrides: z.boolean().optional(),
      }),
    )
    .default({}),
  /** the sentence of the text that states the rule (quoted in explanations) */
  basis: z.string().optional(),
});
export type PrecedenceSettings = z.infer<typeof precedenceSettingsSchema>;
export type WithinMatter = z.infer<typeof withinMatterSchema>;
export type AcrossPrograms = z.infer<typeof acrossProgramsSchema>;
