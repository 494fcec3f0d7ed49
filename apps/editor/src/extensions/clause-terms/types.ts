import type { Clause } from "@jiangce/rule-schema";

/** The clause's own dates and funding (到2025年… / 资金来源). */
export type ClauseTerms = Pick<Clause, "effectiveFrom" | "deadline" | "funding">;
