import type { RouterOutputs } from "@jiangce/api";
import { Link } from "../router/router.tsx";
import { VALIDITY_LABEL, validityView } from "../validity.ts";
import { IssuerBadges } from "./issuer-badges.tsx";

export type ListedProgram = RouterOutputs["portal"]["listPrograms"][number];

/** 有效期 and what the program offers, from the summary the list carries (no document needed). */
function DocumentFacts({ summary, archived }: Pick<ListedProgram, "summary" | "archived">) {
  if (!summary?.validity) return <span className="validity">有效期：未注明</span>;
  const { text, state } = validityView(summary.validity, undefined, archived);
  return (
    <>
      <span className={`validity ${state}`}>
        有效期：{text}
        <span className={`state-tag ${state}`}>{VALIDITY_LABEL[state]}</span>
      </span>
      <span>
        {summary.clauses} 条条款 · 资金待遇 {summary.benefits} 项 · 其他待遇 {summary.treatments} 项
      </span>
    </>
  );
}

export function ProgramCard({
  program,
  regionCode,
}: {
  program: ListedProgram;
  regionCode: string;
}) {
  const { issuer, version } = program;
  return (
    <li>
      <Link className="program-card" to={`/r/${regionCode}/p/${program.programId}`}>
        <IssuerBadges issuer={issuer} snapshotName={version.snapshotName} />
        <h3>{program.title}</h3>
        <div className="program-meta">
          <span>发布机关：{issuer.name}</span>
          <DocumentFacts summary={program.summary} archived={program.archived} />
        </div>
      </Link>
    </li>
  );
}
