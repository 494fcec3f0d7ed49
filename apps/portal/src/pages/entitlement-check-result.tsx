import { programStatusNote } from "@jiangce/rule-schema";
import type { CheckView } from "../entitlement/check-view.ts";
import { formatDate } from "../format.ts";
import { Link } from "../router/router.tsx";
import { Card, type Href, NearMiss, Treatments, validityText } from "./entitlement-check-cards.tsx";

export function CheckResult({ view, programHref }: { view: CheckView; programHref: Href }) {
  const inactive = view.programs.filter((p) => p.status !== "in-force");
  // amounts the text leaves open are listed by name, never counted as zero
  const open = view.entitlements.filter((e) => e.amountFen === "unspecified");
  return (
    <section className="check-result" aria-label="计算结果" data-as-of={view.asOf}>
      <div className="result-summary">
        <div>
          <div className="result-label">可享受的资金待遇合计（已知金额）</div>
          <div className="result-total">{view.totalText}</div>
          <div className="result-sub">
            共 {view.entitlements.length} 项
            {view.byPayer.length > 0 &&
              `；其中${view.byPayer.map((p) => `${p.payer}支付 ${p.text}`).join("，")}`}
          </div>
          {open.length > 0 && (
            <div className="result-sub result-open">
              另有 {open.length} 项金额由主管部门按规定核定，未计入合计：
              {open.map((e) => e.label).join("、")}
            </div>
          )}
        </div>
        <div className="result-date">按 {formatDate(view.asOf)} 施行的政策计算</div>
      </div>

      {view.derived.length > 0 && (
        <div className="derived">
          {view.derived.map((d) => (
            <p key={d.key}>
              <span className="tag ok">认定</span>依据《{d.programTitle}》：{d.text}
            </p>
          ))}
        </div>
      )}

      <h2 className="section-title">
        资金待遇 <small>{view.entitlements.length} 项</small>
      </h2>
      {view.entitlements.length === 0 ? (
        <div className="empty">
          按您填写的情况，暂未找到可享受的资金待遇。可补充填写称号、竞赛成绩等信息后重新计算。
        </div>
      ) : (
        <ul className="ent-list">
          {view.entitlements.map((e) => (
            <Card key={e.key} card={e} programHref={programHref} />
          ))}
        </ul>
      )}

      {view.excluded.length > 0 && (
        <section className="excluded-list" aria-labelledby="excluded-title">
          <h2 className="section-title" id="excluded-title">
            同时符合但不重复享受 <small>{view.excluded.length} 项</small>
          </h2>
          <ul className="ent-list">
            {view.excluded.map((x) => (
              <Card key={`${x.key}-${x.reason}`} card={x} programHref={programHref} excluded={x} />
            ))}
          </ul>
        </section>
      )}

      {view.nearMisses.length > 0 && (
        <section className="near-misses" aria-labelledby="near-miss-title">
          <h2 className="section-title" id="near-miss-title">
            差一点就能享受 <small>{view.nearMisses.length} 项</small>
          </h2>
          <ul className="near-miss-list">
            {view.nearMisses.map((m) => (
              <NearMiss key={m.key} miss={m} programHref={programHref} />
            ))}
          </ul>
        </section>
      )}

      <Treatments treatments={view.treatments} programHref={programHref} />

      <h2 className="section-title">
        计算依据的政策 <small>{view.programs.length} 项</small>
      </h2>
      <ul className="program-status">
        {view.programs.map((p) => (
          <li key={p.programId} className={`status-${p.status}`}>
            <Link to={programHref(p.programId)}>《{p.title}》</Link>
            <span
              className={`state-tag ${p.status === "in-force" ? "" : p.status === "expired" ? "expired" : "upcoming"}`}
            >
              {p.statusLabel}
            </span>
            <span className="muted-line">
              {programStatusNote(p, formatDate) ?? validityText(p.from, p.until)}
            </span>
          </li>
        ))}
      </ul>
      {(inactive.length > 0 || view.notNow.length > 0) && (
        <details className="fold" open={view.entitlements.length === 0}>
          <summary>暂不适用的政策和条款（{inactive.length + view.notNow.length} 项）</summary>
          <ul className="not-now">
            {inactive.map((p) => (
              <li key={p.programId}>
                《{p.title}》{p.statusLabel}
                {p.status === "expired" && p.until && `（有效期至 ${formatDate(p.until)}）`}
                {p.status === "not-yet-effective" &&
                  p.from &&
                  `（自 ${formatDate(p.from)} 起施行）`}
              </li>
            ))}
            {view.notNow.map((n) => (
              <li key={n.key}>{n.text}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="fine-print">
        以上结果由本门户依据已发布政策的结构化内容自动计算，仅供参考；实际享受以主管部门审核认定为准。
      </p>
    </section>
  );
}
