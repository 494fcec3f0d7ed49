import type { Db } from "@jiangce/db";
import { type FactDeclaration, validateProgram } from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";
import { versionStateLabel } from "../program/lifecycle.ts";
import { ancestorsOf, regionTree } from "../region/region-tree.ts";
import { catalogueChain, contextOf } from "./catalogue-chain.ts";
import { type CatalogueChanges, factKeysNamed } from "./catalogue-changes.ts";

/** Versions whose content is frozen for evaluation: what was reviewed is what is published. */
const FROZEN_FOR_EVALUATION = ["in_review", "approved", "published"] as const;

/**
 * A published version must evaluate the same after a catalogue edit. Refuse an edit that takes
 * away (see catalogueChanges) what a submitted, approved or published version of the region or
 * below uses: a removed fact or value (or a new fact clashing with one it declares) its
 * validation now fails on, or a reordered or retyped fact it names. The message names the
 * programs.
 */
export async function refuseIfInUse(
  db: Db,
  edited: { regionCode: string; facts: FactDeclaration[] },
  changes: CatalogueChanges,
): Promise<void> {
  const tree = await regionTree(db);
  // the region and every region below it
  const codes = [...tree.byCode.keys()].filter(
    (code) =>
      code === edited.regionCode ||
      ancestorsOf(tree, code).some((r) => r.code === edited.regionCode),
  );
  const versions = await db.programVersion.findMany({
    where: {
      state: { in: [...FROZEN_FOR_EVALUATION] },
      program: { regionCode: { in: codes } },
    },
    select: {
      number: true,
      state: true,
      document: true,
      program: { select: { id: true, title: true, regionCode: true } },
    },
  });
  const touched = new Set([
    ...changes.removedFacts,
    ...changes.removedValues.map((v) => v.fact),
    ...changes.reorderedFacts,
    ...changes.retypedFacts,
    ...changes.addedFacts,
  ]);
  // naming these is using them: the same conditions would read them differently
  const reordered = new Set([...changes.reorderedFacts, ...changes.retypedFacts]);
  const chains = new Map<string, Awaited<ReturnType<typeof catalogueChain>>>();
  const users: string[] = [];
  for (const v of versions) {
    const named = factKeysNamed(v.document);
    if (![...touched].some((key) => named.has(key))) continue;
    let uses = [...reordered].some((key) => named.has(key));
    if (!uses) {
      const code = v.program.regionCode;
      const chain = chains.get(code) ?? (await catalogueChain(db, code));
      chains.set(code, chain);
      const after = chain.catalogues.map((c) =>
        c.regionCode === edited.regionCode ? { ...c, facts: edited.facts } : c,
      );
      const before = validateProgram(v.document, contextOf(chain)).issues.length;
      uses =
        validateProgram(v.document, contextOf({ ...chain, catalogues: after })).issues.length >
        before;
    }
    if (uses) users.push(`《${v.program.title}》第${v.number}版（${versionStateLabel(v.state)}）`);
  }
  if (users.length === 0) return;
  throw new AppError(
    "CATALOGUE_IN_USE",
    `${users.join("、")}用到的事实或取值会因这次修改而改变（删除、改类型、调整等级先后，或新增事实与其自行声明的事实冲突），不能保存`,
    { programs: users, ...changes },
  );
}
