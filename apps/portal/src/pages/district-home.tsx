import type { CSSProperties } from "react";
import { ProgramCard } from "../components/program-card.tsx";
import { ProgramSearch } from "../components/program-search.tsx";
import { Empty, LoadError, Loading } from "../components/status.tsx";
import { LEVEL_LABEL } from "../format.ts";
import { useRead } from "../reads/store.ts";
import { Link, useParams } from "../router/router.tsx";

/** A district's home: the published programs issued by it, then those of higher levels covering it. */
export function DistrictHome() {
  const { regionCode = "" } = useParams();
  const region = useRead("region.get", { code: regionCode });
  const programs = useRead("portal.listPrograms", { regionCode, withArchived: true });
  const settings = useRead("portal.getSettings", { regionCode });

  const name = region.data?.name ?? "";
  const portal = settings.data;
  const featuredIds = portal?.featured ?? [];
  const featured = featuredIds.flatMap(
    (id) => programs.data?.filter((p) => p.programId === id) ?? [],
  );
  const rest = programs.data?.filter((p) => !featuredIds.includes(p.programId)) ?? [];
  const own = rest.filter((p) => !p.inherited);
  const inherited = rest.filter((p) => p.inherited);
  const archived = programs.data?.filter((p) => p.archived).length ?? 0;
  // the district's colour, where it set one (the back office asks for a dark one)
  const style = portal?.color ? ({ "--accent": portal.color } as CSSProperties) : undefined;

  return (
    <div className="district-home" style={style}>
      <nav className="breadcrumbs" aria-label="位置">
        <Link to="/">全部地区</Link>
        {region.data?.ancestors
          .slice()
          .reverse()
          .map((a) => (
            <span key={a.code}>
              › <Link to={`/r/${a.code}`}>{a.name}</Link>
            </span>
          ))}
        {name && <span>› {name}</span>}
      </nav>
      <title>{`${name || "地区"}工匠人才政策 · 匠策`}</title>
      <h1 className="page-title">
        {portal?.name ?? (name ? `${name}工匠人才政策` : "工匠人才政策")}
      </h1>
      {portal?.notice && (
        <p className="notice district-notice" role="note">
          {portal.notice}
        </p>
      )}
      <p className="page-lead">
        {programs.data
          ? `在${name || "本地区"}适用的已发布政策共 ${programs.data.length - archived} 项，含本级及上级发布的政策。${archived > 0 ? `另有 ${archived} 项已失效，存档可查。` : ""}`
          : "正在查询本地区适用的政策…"}
      </p>
      {programs.data && programs.data.length > 0 && (
        <Link className="check-entry" to={`/r/${regionCode}/check`}>
          <div>
            <strong>政策计算器 · 我能享受哪些待遇</strong>
            <span>填写个人或单位情况，按以下政策算出可享受的奖励、补贴和其他待遇</span>
          </div>
          <span className="go">开始计算 ›</span>
        </Link>
      )}

      {programs.isPending ? (
        <Loading />
      ) : programs.isError ? (
        <LoadError error={programs.error} />
      ) : programs.data.length === 0 ? (
        <Empty>
          {name || "本地区"}暂无已发布的工匠人才政策。<Link to="/">查看其他地区</Link>
        </Empty>
      ) : (
        <>
          <ProgramSearch
            regionCode={regionCode}
            programIds={programs.data.filter((p) => !p.archived).map((p) => p.programId)}
          />
          {featured.length > 0 && (
            <>
              <h2 className="section-title">推荐政策</h2>
              <ul className="program-list featured">
                {featured.map((p) => (
                  <ProgramCard key={p.programId} program={p} regionCode={regionCode} />
                ))}
              </ul>
            </>
          )}
          <h2 className="section-title">
            本级政策 <small>{name}发布</small>
          </h2>
          {own.length === 0 && !featured.some((p) => !p.inherited) ? (
            <Empty>{name}本级暂无已发布的政策，可查看下方上级政策。</Empty>
          ) : (
            <ul className="program-list">
              {own.map((p) => (
                <ProgramCard key={p.programId} program={p} regionCode={regionCode} />
              ))}
            </ul>
          )}
          {inherited.length > 0 && (
            <>
              <h2 className="section-title">
                上级政策 <small>同样适用于{name || "本地区"}</small>
              </h2>
              <ul className="program-list">
                {inherited.map((p) => (
                  <ProgramCard key={p.programId} program={p} regionCode={regionCode} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {region.data && region.data.level !== "district" && (
        <p className="page-lead" style={{ marginTop: 24 }}>
          {LEVEL_LABEL[region.data.level]}政策同样适用于辖区内各区县。
        </p>
      )}
      {portal?.contact && <p className="district-contact">咨询：{portal.contact}</p>}
    </div>
  );
}
