import { LEVEL_LABEL } from "../format.ts";

/** The issuer's level and name, and the snapshot name of a draft: a program's card and page. */
export function IssuerBadges({
  issuer,
  snapshotName,
}: {
  issuer: { level: string; name: string };
  snapshotName: string | null;
}) {
  return (
    <div className="program-meta">
      <span className={`badge level-${issuer.level}`}>
        {LEVEL_LABEL[issuer.level] ?? ""} · {issuer.name}
      </span>
      {snapshotName && <span className="badge">{snapshotName}</span>}
    </div>
  );
}
