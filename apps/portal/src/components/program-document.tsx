import { factsInScope, type Program } from "@jiangce/rule-schema";
import { useMemo } from "react";
import { formatDate } from "../format.ts";
import { BenefitCard, type FactScope } from "./benefit-card.tsx";
import { ProgramTargets } from "./program-targets.tsx";

type Clause = Program["clauses"][number];
/** Groups consecutive clauses under their section headings (一、… as the text has them). */
function sections(clauses: readonly Clause[]): { path: string[]; clauses: Clause[] }[] {
  const result: { path: string[]; clauses: Clause[] }[] = [];
  for (const clause of clauses) {
    const last = result.at(-1);
    if (last && last.path.join("/") === clause.sectionPath.join("/")) last.clauses.push(clause);
    else result.push({ path: clause.sectionPath, clauses: [clause] });
  }
  return result;
}

// "一、总体目标" and "一 总体目标" name the same heading
const compact = (text: string) => text.replace(/[\s、.．，,]+/g, "");

/** A section heading that only repeats its single clause's own heading is left out. */
function sectionTitle(path: readonly string[], clauses: readonly Clause[]): string | null {
  const last = path.at(-1);
  const only = clauses.length === 1 ? clauses[0] : undefined;
  if (!last) return null;
  if (
    only &&
    path.length === 1 &&
    compact(last) === compact(`${only.citation}${only.heading ?? ""}`)
  ) {
    return null;
  }
  return path.join(" · ");
}

function ClauseView({ clause, scope }: { clause: Clause; scope: FactScope }) {
  return (
    <article className="clause" id={`clause-${clause.id}`}>
      <h3>
        {clause.citation} {clause.heading}
      </h3>
      <p>{clause.text}</p>
      {clause.benefits.map((b) => (
        <BenefitCard key={b.id} benefit={b} clause={clause} scope={scope} />
      ))}
      {(clause.treatments.length > 0 || clause.deadline) && (
        <div className="clause-benefits">
          {clause.treatments.map((t) => (
            <span key={t.id} className="chip">
              {t.label}
            </span>
          ))}
          {clause.deadline && <span className="chip">本条截止 {formatDate(clause.deadline)}</span>}
        </div>
      )}
    </article>
  );
}

/** The program as published: preamble, clauses with their full text, closing. */
export function ProgramDocument({ program }: { program: Program }) {
  // the facts the conditions name, with their labels, as the engine resolves them
  const scope = useMemo(() => factsInScope([program]), [program]);
  return (
    <>
      <ProgramTargets program={program} />
      {program.preamble && (
        <section className="clauses">
          <div className="clause">
            <p>{program.preamble}</p>
          </div>
        </section>
      )}
      {sections(program.clauses).map((section) => (
        <section key={`${section.path.join("/")}-${section.clauses[0]?.id}`}>
          {sectionTitle(section.path, section.clauses) && (
            <h2 className="section-title">{sectionTitle(section.path, section.clauses)}</h2>
          )}
          <div className="clauses">
            {section.clauses.map((clause) => (
              <ClauseView key={clause.id} clause={clause} scope={scope} />
            ))}
          </div>
        </section>
      ))}
      {program.closing && (
        <>
          <h2 className="section-title">附则</h2>
          <section className="clauses">
            <div className="clause">
              <p>{program.closing}</p>
            </div>
          </section>
        </>
      )}
    </>
  );
}
