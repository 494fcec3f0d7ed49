import { programStatusNote } from "@jiangce/rule-schema";
import { memo } from "react";
import type { CheckView, EntitlementCard } from "../entitlement/check-view.ts";
import { formatDate } from "../format.ts";
import { Link } from "../router/router.tsx";

type Href = (programId: string) => string;

/**
 * Each answer yields a new view from the engine, mostly equal to the last one: parts whose data
 * did not change keep their DOM untouched (comparing small JSON is cheaper than re-rendering).
 */
const sameData = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
function unchanged<P extends { programHref: Href }>(props: readonly (keyof P)[]) {
  return (a: P, b: P) =>
    a.programHref === b.programHref && props.every((k) => sameData(a[k], b[k]));
}

function ClauseLink({
  programHref,
  programId,
  programTitle,
  clauseId,
  citation,
  short = false,
}: {
  short?: boolean;
  programHref: Href;
  programId: string;
  programTitle: string;
  clauseId: string;
  citation: string;
}) {
  return (
    <Link className="citation" to={`${programHref(programId)}#clause-${clauseId}`}>
      {short ? `第 ${citation} 条` : `《${programTitle}》${citation}`}
    </Link>
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups];
}

function validityText(from: string | null, until: string | null): string {
  if (until) return `有效至 ${formatDate(until)}`;
  if (from) return `自 ${formatDate(from)} 起，长期有效`;
  return "未注明期限";
}

function AmountFigure({ card }: { card: EntitlementCard }) {
  if (card.amountFen === "unspecified") {
    return (
      <div className="ent-amount unspecified">
        按规定<small>金额未定</small>
      </div>
    );
  }
  return <div className="ent-amount">{card.figure}</div>;
}

interface CardProps {
  card: EntitlementCard;
  programHref: Href;
  excluded?: { reason: string; winner: string | null };
}

const Card = memo(
  function Card({ card, programHref, excluded }: CardProps) {
    return (
      <li className={`ent-card${excluded ? " excluded" : ""}`} data-key={card.key}>
        <div className="ent-top">
          <div>
            <h3 className="ent-title">
              {card.label}
              {card.tierLabel && <span className="tier">（{card.tierLabel}）</span>}
            </h3>
            <div className="ent-tags">
              <span className="tag">{card.period}</span>
              <span className={`tag payer-${card.payerCode}`}>{card.payer}支付</span>
              <span className="tag soft">{validityText(card.validFrom, card.validUntil)}</span>
            </div>
          </div>
          <AmountFigure card={card} />
        </div>
        {excluded && (
          <p className="ent-excluded-reason">
            不重复享受：{excluded.reason}
            {excluded.winner && `，${excluded.winner}`}。
          </p>
        )}
        <dl className="ent-facts">
          <div>
            <dt>依据</dt>
            <dd>
              <ClauseLink programHref={programHref} {...card} />
              {card.quote && <q className="ent-quote">{card.quote}</q>}
            </dd>
          </div>
          {card.figure !== card.amountText && (
            <div>
              <dt>金额</dt>
              <dd className="ent-working">{card.amountText}</dd>
            </div>
          )}
          <div>
            <dt>符合条件</dt>
            <dd>
              {card.conditions.length === 0 ? (
                "属于该类对象即可享受"
              ) : (
                <ul className="ent-conditions">
                  {card.conditions.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          {(card.funding || card.quota) && (
            <div>
              <dt>说明</dt>
              <dd>
                {[card.funding && `资金来源：${card.funding}`, card.quota && `名额：${card.quota}`]
                  .filter(Boolean)
                  .join("；")}
              </dd>
            </div>
          )}
        </dl>
      </li>
    );
  },
  unchanged<CardProps>(["card", "excluded"]),
);

interface NearMissProps {
  miss: CheckView["nearMisses"][number];
  programHref: Href;
}

const NearMiss = memo(
  function NearMiss({ miss: m, programHref }: NearMissProps) {
    return (
      <li className="near-miss" data-key={m.key}>
        <strong>
          {m.label}
          {m.tierLabel && `（${m.tierLabel}）`}
        </strong>
        {m.figure && <span className="near-miss-figure">{m.figure}</span>}
        <p>还差：{m.missing.join("；")}</p>
        <Link
          className="citation"
          to={`${programHref(m.programId)}${m.clauseId ? `#clause-${m.clauseId}` : ""}`}
        >
          《{m.programTitle}》{m.citation}
        </Link>
      </li>
    );
  },
  unchanged<NearMissProps>(["miss"]),
);

interface TreatmentsProps {
  treatments: CheckView["treatments"];
  programHref: Href;
}

/** The non-monetary treatments, by program (often dozens: re-rendered only when they change). */
const Treatments = memo(
  function Treatments({ treatments, programHref }: TreatmentsProps) {
    if (treatments.length === 0) return null;
    return (
      <>
        <h2 className="section-title">
          其他待遇 <small>非资金待遇 {treatments.length} 项</small>
        </h2>
        {groupBy(treatments, (t) => t.programTitle).map(([title, items]) => (
          <div key={title} className="treatment-group">
            <h3 className="treatment-group-title">《{title}》</h3>
            <ul className="treatment-list">
              {items.map((t) => (
                <li key={t.key} data-key={t.key}>
                  <div className="treatment-main">
                    <span className="tag">{t.kind}</span>
                    <strong>{t.label}</strong>
                    {t.encouragedOnly && <span className="tag soft">鼓励性措施</span>}
                  </div>
                  <div className="treatment-meta">
                    <ClauseLink programHref={programHref} {...t} short />
                    {t.provider && <span>由{t.provider}提供</span>}
                    {t.quota && <span>名额：{t.quota}</span>}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </>
    );
  },
  unchanged<TreatmentsProps>(["treatments"]),
);

/** What the engine answered, laid out for a citizen: amounts first, then what else applies and why not. */
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
