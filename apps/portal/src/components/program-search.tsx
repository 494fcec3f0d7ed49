import { programDocument } from "@jiangce/rule-schema";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { useReads } from "../reads/store.ts";
import { Link } from "../router/router.tsx";
import { searchPrograms } from "../search/search-programs.ts";
import { validityView } from "../validity.ts";

function inForceOnly(
  results: readonly { isSuccess: boolean; data?: { programId: string; document?: unknown } }[],
) {
  const loaded = results.every((r) => r.isSuccess);
  const inForce = results.flatMap((r) => {
    const program = programDocument(r.data?.document);
    if (!program || !r.data) return [];
    const state = validityView(program.validity).state;
    return state === "in-force" || state === "ending"
      ? [{ pageId: r.data.programId, program }]
      : [];
  });
  return { loaded, inForce };
}

/**
 * Search the district's programs in force, in the browser over the published documents (read
 * when the search box is first used; the program pages share them through the read store). Archived programs are
 * not passed in: they are not in force whatever their dates say.
 */
export function ProgramSearch({
  regionCode,
  programIds,
}: {
  regionCode: string;
  programIds: readonly string[];
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  // the documents are fetched once the visitor starts a search (the page itself needs none)
  const [wanted, setWanted] = useState(false);
  const results = useReads(
    "portal.getProgram",
    useMemo(
      () => (wanted ? programIds.map((programId) => ({ programId })) : []),
      [wanted, programIds],
    ),
  );
  // the states keep their identity until one changes, so this reruns only then
  const { loaded, inForce } = useMemo(() => inForceOnly(results), [results]);
  const hits = useMemo(() => searchPrograms(inForce, deferred), [inForce, deferred]);

  return (
    <section className="program-search" aria-label="搜索政策条款">
      <label htmlFor={id}>搜索施行中的政策条款和待遇</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="如：技能大师工作室、世界技能大赛"
        onFocus={() => setWanted(true)}
        onChange={(e) => {
          setWanted(true);
          setQuery(e.target.value);
        }}
      />
      {deferred.trim() !== "" && (
        <div aria-live="polite">
          {!loaded ? (
            <p className="muted-line">正在载入政策原文…</p>
          ) : hits.length === 0 ? (
            <p className="muted-line">没有找到包含“{deferred.trim()}”的施行中条款。</p>
          ) : (
            <ol className="search-hits">
              {hits.map((h) => (
                <li key={`${h.programId}/${h.clauseId}`}>
                  <Link to={`/r/${regionCode}/p/${h.programId}#clause-${h.clauseId}`}>
                    《{h.programTitle}》{h.citation} {h.heading}
                  </Link>
                  {h.benefits.length > 0 && (
                    <span className="search-benefits">{h.benefits.join("、")}</span>
                  )}
                  <p>{h.excerpt}</p>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
