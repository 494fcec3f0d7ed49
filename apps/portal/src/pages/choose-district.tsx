import { useDeferredValue, useState } from "react";
import { Empty, LoadError, Loading } from "../components/status.tsx";
import { LEVEL_LABEL } from "../format.ts";
import { useRead } from "../reads/store.ts";
import { groupRegions } from "../regions.ts";
import { Link } from "../router/router.tsx";

/** One match, with the places above it: there is a 西湖区 in 杭州 and another in 南昌. */
function SearchResult({ region }: { region: { code: string; name: string; level: string } }) {
  const detail = useRead("region.get", { code: region.code });
  const above = detail.data?.ancestors
    .slice()
    .reverse()
    .map((a) => a.name)
    .join("");
  return (
    <Link to={`/r/${region.code}`} className="chip">
      {region.name}
      <span className="muted">{above || (LEVEL_LABEL[region.level] ?? "")}</span>
    </Link>
  );
}

/** Finds any district by name: a district without its own program is still covered by its city's. */
function RegionSearch() {
  const [text, setText] = useState("");
  const query = useDeferredValue(text.trim());
  const found = useRead("region.list", { query, limit: 12 }, { enabled: query.length > 0 });
  return (
    <div className="search">
      <input
        type="search"
        placeholder="输入您所在的区县或城市名称，如：东西湖"
        aria-label="搜索地区"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {query && found.data && (
        <div className="chips search-results">
          {found.data.length === 0 ? (
            <span className="muted">没有找到名称包含“{query}”的地区</span>
          ) : (
            found.data.map((r) => <SearchResult key={r.code} region={r} />)
          )}
        </div>
      )}
    </div>
  );
}

/** The portal's front door: pick the district whose programs you want to read. */
export function ChooseDistrict() {
  const regions = useRead("portal.listRegions", undefined);

  return (
    <>
      <title>匠策 · 工匠人才政策门户</title>
      <h1 className="page-title">选择您所在的地区</h1>
      <p className="page-lead">
        查看本地区正在施行的工匠人才政策：奖励标准、适用条件与有效期。区县页面同时列出市级、省级政策。
      </p>
      <RegionSearch />
      <h2 className="section-title">
        已发布政策的地区 <small>按省、市、区县排列</small>
      </h2>
      {regions.isPending ? (
        <Loading rows={2} />
      ) : regions.isError ? (
        <LoadError error={regions.error} />
      ) : regions.data.length === 0 ? (
        <Empty>目前还没有地区发布工匠人才政策。</Empty>
      ) : (
        groupRegions(regions.data).map(({ province, programCount, cities }) => (
          <section key={province.code} className="province">
            <h2>
              {programCount > 0 ? (
                <Link to={`/r/${province.code}`}>
                  {province.name} <span className="chip-count">{programCount} 项</span>
                </Link>
              ) : (
                province.name
              )}
            </h2>
            {cities.map(({ city, programCount: own, districts }) => (
              <div key={city.code} className="city">
                <div className="city-name">{city.name}</div>
                <div className="chips">
                  <Link to={`/r/${city.code}`} className="chip">
                    {city.level === "city" ? "市本级" : city.name}
                    {own > 0 && <span className="chip-count">{own} 项</span>}
                  </Link>
                  {districts.map((d) => (
                    <Link key={d.code} to={`/r/${d.code}`} className="chip">
                      {d.name}
                      <span className="chip-count">{d.programCount} 项</span>
                    </Link>
                  ))}
                </div>
              </div>
            ))}
          </section>
        ))
      )}
    </>
  );
}
