import type { Db } from "@jiangce/db";
import {
  type BudgetAssumptions,
  type BudgetAssumptionsInput,
  budgetAssumptionsSchema,
  budgetInputs,
  validateProgram,
  volumeKeyIssues,
} from "@jiangce/rule-schema";
import { AppError } from "../../errors.ts";
import { requireRole } from "../access/access.ts";
import { audit } from "../audit/audit.ts";
import type { SessionInfo } from "../auth/session.ts";
import { jurisdictionContextFor } from "../catalogue/catalogue-chain.ts";

const EMPTY: BudgetAssumptions = { volumes: {}, bases: {} };

/** The stored 测算假设 of a program; a stored value that no longer parses reads as none. */
export function readAssumptions(stored: unknown): BudgetAssumptions {
  if (stored === null || stored === undefined) return EMPTY;
  const parsed = budgetAssumptionsSchema.safeParse(stored);
  return parsed.success ? parsed.data : EMPTY;
}

/** Benefit and tier keys of every version of the program that validates (with its district's catalogues). */
async function programKeys(db: Db, programId: string, regionCode: string): Promise<Set<string>> {
  const versions = await db.programVersion.findMany({
    where: { programId },
    select: { document: true },
  });
  const context = await jurisdictionContextFor(db, regionCode);
  const keys = new Set<string>();
  for (const v of versions) {
    const checked = validateProgram(v.document, context);
    if (checked.ok) for (const input of budgetInputs(checked.value)) keys.add(input.key);
  }
  return keys;
}

/**
 * Keep a program's budget assumptions (horizon, volumes, bases), so the reviewer costs both
 * versions on the drafter's figures. Drafters and reviewers of the program's district. A
 * volume must name a benefit or tier of one of the program's versions.
 */
export async function saveBudgetAssumptions(
  db: Db,
  auth: SessionInfo,
  input: { programId: string; assumptions: BudgetAssumptionsInput; now: Date },
): Promise<{ assumptions: BudgetAssumptions }> {
  const program = await db.program.findUnique({
    where: { id: input.programId },
    select: { id: true, regionCode: true, budgetAssumptions: true },
  });
  if (!program) throw new AppError("NOT_FOUND", "方案不存在");
  await requireRole(db, auth, program.regionCode, ["drafter", "reviewer"]);
  const parsed = budgetAssumptionsSchema.safeParse(input.assumptions);
  if (!parsed.success)
    throw new AppError(
      "INPUT_INVALID",
      `测算假设有误：${parsed.error.issues.map((i) => i.message).join("；")}`,
    );
  const assumptions = parsed.data;
  const { fromYear, toYear } = assumptions.horizon ?? {};
  if (fromYear !== undefined && toYear !== undefined && toYear < fromYear)
    throw new AppError("INPUT_INVALID", `测算截止年度 ${toYear} 早于起始年度 ${fromYear}`);
  const unknown = volumeKeyIssues(
    assumptions.volumes,
    await programKeys(db, program.id, program.regionCode),
  );
  if (unknown.length > 0)
    throw new AppError(
      "INPUT_INVALID",
      `测算假设有误：${unknown.map((i) => i.message).join("；")}`,
    );
  await db.$transaction(async (tx) => {
    await tx.program.update({
      where: { id: program.id },
      data: { budgetAssumptions: JSON.parse(JSON.stringify(assumptions)) },
    });
    await audit(tx, {
      actorId: auth.user.id,
      action: "program.saveBudgetAssumptions",
      entityType: "program",
      entityId: program.id,
      regionCode: program.regionCode,
      detail: { before: program.budgetAssumptions ?? null, after: assumptions },
      at: input.now,
    });
  });
  return { assumptions };
}
