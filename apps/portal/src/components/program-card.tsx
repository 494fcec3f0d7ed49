import type { RouterOutputs } from "@jiangce/api";
import { programDocument } from "@jiangce/rule-schema";
import { useRead } from "../data/store.tsx";
import { Link } from "../router/router.tsx";
import { VALIDITY_LABEL, validityView } from "../validity.ts";
import { IssuerBadges } from "./issuer-badges.tsx";

export type ListedProgram = RouterOutputs["portal"]["listPrograms"][number];

/**
 * 有效期 and what the program offers, read from its published document (fetched in one batch with
 * its siblings, and cached for the program page).
 */
function DocumentFacts({ programId, archived }: { programId: string; archived: boolean }) {
  const program = useRead("portal.getProgram", { programId });
  const doc = programDocument(program.data?.document);
  if (!doc) return <span className="validity">有效期：{program.isPending ? "…" : "未注明"}</span>;
  const { text, state } = validityView(doc.validity, undefined, archived);
  const benefits = doc.clauses.reduce((n, c) => n + c.benefits.length, 0);
  const treatments = doc.clauses.reduce((n, c) => n + c.treatments.length, 0);
  return (
    <>
      <span className={`validity ${state}`}>
        有效期：{text}
        <span className={`state-tag ${state}`}>{VALIDITY_LABEL[state]}</span>
      </span>
      <span>
        {doc.clauses.length} 条条款 · 资金待遇 {benefits} 项 · 其他待遇 {treatments} 项
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
          <DocumentFacts programId={program.programId} archived={program.archived} />
        </div>
      </Link>
    </li>
  );
}
