import { type Program, programTargets } from "@jiangce/rule-schema";

/** 总体目标 as figures: the number large, the engine's sentence under it. */
export function ProgramTargets({ program }: { program: Program }) {
  const targets = programTargets(program).filter((t) => t.source === "program" && t.valueText);
  if (targets.length === 0) return null;
  return (
    <section aria-labelledby="targets-title">
      <h2 className="section-title" id="targets-title">
        总体目标
      </h2>
      <ul className="target-figures">
        {targets.map((t) => (
          <li key={t.id}>
            <strong>{t.valueText}</strong>
            {t.byYear && <small>{t.byYear}年</small>}
            <span>{t.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
