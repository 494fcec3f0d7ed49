// The parts of the calculator's result, each memoised on its own data (an answer re-renders
// only the parts it changed).
import { memo } from "react";
import type { CheckView, EntitlementCard } from "../entitlement/check-view.ts";
import { formatDate } from "../format.ts";
import { Link } from "../router/router.tsx";

export type Href = (programId: string) => string;

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

export function validityText(from: string | null, until: string | null): string {
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

export const Card = memo(
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

export const NearMiss = memo(
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
export const Treatments = memo(
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
