import type { PrecedenceRule } from "../schema/precedence.ts";
import type { Program } from "../schema/program.ts";
import { jurisdictionPrefix, levelRank } from "./jurisdiction.ts";
import { programWindow } from "./program-window.ts";
import type { ProgramRef } from "./types.ts";

/** A program's precedence for a matter: the program's defaults under its per-matter overrides. */
function precedenceByMatter(program: Program): (matter: string) => PrecedenceRule {
  const defaults: PrecedenceRule = {
    withinMatter: program.precedence.withinMatter,
    acrossPrograms: program.precedence.acrossPrograms,
    higherLevelOverrides: program.precedence.higherLevelOverrides,
  };
  const rules = new Map<string, PrecedenceRule>();
  for (const [matter, o] of Object.entries(program.precedence.matters))
    rules.set(matter, {
      withinMatter: o.withinMatter ?? defaults.withinMatter,
      acrossPrograms: o.acrossPrograms ?? defaults.acrossPrograms,
      higherLevelOverrides: o.higherLevelOverrides ?? defaults.higherLevelOverrides,
    });
  return (matter) => rules.get(matter) ?? defaults;
}

/**
 * Programs as compiled: resolved dates, jurisdiction prefix, seniority, precedence per
 * matter, and `recency` (oldest → newest by effective date, then id) for "newest" rules.
 */
export function programRefs(programs: readonly Program[]): ProgramRef[] {
  const refs: ProgramRef[] = programs.map((program) => {
    const window = programWindow(program.validity);
    return {
      id: program.id,
      title: program.title,
      program,
      level: program.issuer.level,
      levelRank: levelRank(program.issuer.level),
      prefix: jurisdictionPrefix(program.issuer.level, program.issuer.regionCode),
      from: window.from,
      until: window.until,
      recency: 0,
      rule: precedenceByMatter(program),
    };
  });
  [...refs]
    .sort((a, b) => {
      const fa = a.from ?? "";
      const fb = b.from ?? "";
      if (fa !== fb) return fa < fb ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .forEach((r, i) => {
      r.recency = i;
    });
  return refs;
}
