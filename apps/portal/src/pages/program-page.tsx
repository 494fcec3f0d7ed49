import { programDocument } from "@jiangce/rule-schema";
import { IssuerBadges } from "../components/issuer-badges.tsx";
import { ProgramDocument } from "../components/program-document.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useScrollToHash } from "../entitlement/use-scroll-to-hash.ts";
import { formatDate } from "../format.ts";
import { useRead } from "../reads/store.ts";
import { Link, useParams } from "../router/router.tsx";
import { VALIDITY_LABEL, validityView } from "../validity.ts";

/** One published program: its facts (issuer, validity, version) and every clause with its text. */
export function ProgramPage() {
  const { regionCode = "", programId = "" } = useParams();
  const program = useRead("portal.getProgram", { programId });
  const region = useRead("region.get", { code: regionCode });
  // clause citations of the entitlement check link here with #clause-<id>
  useScrollToHash(program.isSuccess);

  const breadcrumbs = (
    <nav className="breadcrumbs" aria-label="位置">
      <Link to="/">全部地区</Link>
      <span>
        › <Link to={`/r/${regionCode}`}>{region.data?.name ?? "本地区"}政策</Link>
      </span>
    </nav>
  );
  if (program.isPending) return <Loading rows={4} />;
  if (program.isError) {
    return (
      <>
        {breadcrumbs}
        <LoadError error={program.error} />
      </>
    );
  }

  const { issuer, version, document } = program.data;
  const doc = programDocument(document);
  const validity = doc ? validityView(doc.validity, undefined, program.data.archived) : null;
  // Where the draft leaves a date open, the encoding states what it assumed; readers see it.
  const validityAssumptions = doc?.assumptions.filter((a) => a.path.startsWith("validity")) ?? [];

  return (
    <>
      {breadcrumbs}
      <title>{`${program.data.title} · 匠策`}</title>
      <header className="program-head">
        <IssuerBadges issuer={issuer} snapshotName={version.snapshotName} />
        <h1 className="page-title">{program.data.title}</h1>
        <dl className="facts">
          <div>
            <dt>发布机关</dt>
            <dd>{issuer.name}</dd>
          </div>
          {doc?.documentNumber && (
            <div>
              <dt>文号</dt>
              <dd>{doc.documentNumber}</dd>
            </div>
          )}
          <div>
            <dt>有效期</dt>
            <dd>
              {validity ? (
                <span className={`validity ${validity.state}`}>
                  {validity.text}
                  <span className={`state-tag ${validity.state}`}>
                    {VALIDITY_LABEL[validity.state]}
                  </span>
                </span>
              ) : (
                "未注明"
              )}
            </dd>
          </div>
          <div>
            <dt>版本</dt>
            <dd>
              第 {version.number} 版
              {version.publishedAt && ` · ${formatDate(version.publishedAt)} 在本门户发布`}
            </dd>
          </div>
        </dl>
        {doc?.validity.text && <p className="validity-text">原文：{doc.validity.text}</p>}
        {program.data.archived && (
          <p className="notice archived-note" role="note">
            该政策已失效，本页保留原文存档供查阅；政策计算器不再按该政策计算待遇。
          </p>
        )}
        {validityAssumptions.length > 0 && (
          <details className="assumptions">
            <summary>原文未写明的日期按以下假定处理（{validityAssumptions.length} 条）</summary>
            <ul>
              {validityAssumptions.map((a) => (
                <li key={a.path}>{a.note}</li>
              ))}
            </ul>
          </details>
        )}
      </header>
      {doc ? (
        <ProgramDocument program={doc} />
      ) : (
        <div className="empty">该方案的正文暂不可用。</div>
      )}
    </>
  );
}
