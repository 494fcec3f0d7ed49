import {
  type Condition,
  describeCondition,
  formatAmountSpec,
  formatQuota,
  type Payer,
  type Period,
  type Program,
  payerLabels,
  periodLabels,
  type RecipientKind,
  type ResolvedFact,
  recipientKindLabels,
  withClaimLimit,
} from "@jiangce/rule-schema";
import { formatDate } from "../format.ts";

type Clause = Program["clauses"][number];
type Benefit = Clause["benefits"][number];

const recipients = (r: Benefit["recipient"]) =>
  (Array.isArray(r) ? r : [r]).map((k) => recipientKindLabels[k as RecipientKind] ?? k).join("、");

/** A condition worth a line: an empty "all of" (no condition) is none. */
const stated = (c: Condition | undefined) =>
  c !== undefined && !("all" in c && c.all.length === 0) ? c : undefined;

/** The facts a program's conditions name (factsInScope), for reading them as sentences. */
export type FactScope = ReadonlyMap<string, ResolvedFact>;

/**
 * One benefit as a card: who receives, who pays, how much (or each tier) and on which conditions
 * (the engine's own sentences, claim limit included), how often, until when, who runs it.
 */
export function BenefitCard({
  benefit,
  clause,
  scope,
}: {
  benefit: Benefit;
  clause: Clause;
  scope: FactScope;
}) {
  const conditions = stated(
    withClaimLimit(stated(benefit.conditions), benefit.claimLimit, benefit.matter),
  );
  const leads = clause.responsibleUnits.filter((u) => u.role === "lead").map((u) => u.name);
  const support = clause.responsibleUnits.filter((u) => u.role === "support").map((u) => u.name);
  return (
    <section className="benefit-card" aria-label={benefit.label} data-benefit={benefit.id}>
      <h4>{benefit.label}</h4>
      {benefit.tiers ? (
        <ul className="benefit-tiers">
          {benefit.tiers.map((t) => (
            <li key={t.id}>
              <span>{t.label}</span>
              <strong>{formatAmountSpec(t.amount)}</strong>
              {t.quota && <small>名额：{formatQuota(t.quota)}</small>}
              {stated(t.conditions) && (
                <small className="tier-conditions">
                  条件：{describeCondition(scope, t.conditions!)}
                </small>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="benefit-amount">
          {benefit.amount ? formatAmountSpec(benefit.amount) : "金额按规定核定"}
        </p>
      )}
      <dl className="benefit-facts">
        {conditions && (
          <div className="benefit-conditions">
            <dt>条件</dt>
            <dd>{describeCondition(scope, conditions)}</dd>
          </div>
        )}
        <div>
          <dt>享受对象</dt>
          <dd>{recipients(benefit.recipient)}</dd>
        </div>
        <div>
          <dt>支付方</dt>
          <dd>
            {payerLabels[benefit.payer as Payer] ?? benefit.payer}
            {benefit.funding && `（${benefit.funding}）`}
          </dd>
        </div>
        <div>
          <dt>发放</dt>
          <dd>{periodLabels[benefit.period as Period] ?? benefit.period}</dd>
        </div>
        {benefit.quota && (
          <div>
            <dt>名额</dt>
            <dd>{formatQuota(benefit.quota)}</dd>
          </div>
        )}
        {(benefit.deadline ?? clause.deadline) && (
          <div>
            <dt>截止</dt>
            <dd>{formatDate((benefit.deadline ?? clause.deadline)!)}</dd>
          </div>
        )}
        {leads.length > 0 && (
          <div>
            <dt>责任单位</dt>
            <dd>
              {leads.join("、")}牵头{support.length > 0 && `，${support.join("、")}配合`}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
