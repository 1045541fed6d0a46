import type { Answer, Assessment, ScenarioInput } from '@belowzero/risk-core';
import {
  formatAmount,
  formatDate,
  formatFraction,
  formatMoney,
  formatPercent,
} from '../lib/format/format';
import { IntentLink } from './IntentLink';
import { PriceLadder } from './PriceLadder';
import { Term } from './Term';

const HEADLINES: Record<Answer, string> = {
  CANNOT_GO_NEGATIVE: 'No. This balance cannot go below zero.',
  PROTECTED: 'It can be wiped out, but a deficit is not yours to pay.',
  USER_LIABLE: 'Yes. You could end up owing money.',
  SOCIALIZED: 'Your balance stops at zero; profitable traders cover the rest.',
};

/** The answer, big and obvious, then the figures, the ladder and the reason in plain words. */
export function AnswerCard({
  assessment,
  scenario,
}: {
  assessment: Assessment;
  scenario: ScenarioInput;
}) {
  const currency = assessment.settlementAsset;
  return (
    <section aria-label="Answer" data-testid="answer">
      <div className={`answer ${assessment.answer}`} role="status">
        <p className="code">{assessment.answer.replace(/_/g, ' ')}</p>
        <p className="verdict">{HEADLINES[assessment.answer]}</p>
        <p className="small">
          In a gap to the worst case, the account ends at{' '}
          <strong>{formatMoney(assessment.worstCase.balance, currency)}</strong>
          {assessment.worstCase.userOwes !== '0' && (
            <>
              {' '}
              and you owe <strong>{formatMoney(assessment.worstCase.userOwes, currency)}</strong>
            </>
          )}
          .
        </p>
      </div>
      {assessment.warnings.map((warning) => (
        <p key={`${warning.code}-${warning.field}`} className="warning" role="alert">
          {warning.message}
        </p>
      ))}
      {assessment.positions.map((position) => (
        <div key={position.index} className="card">
          <h2 style={{ marginTop: 0 }}>
            {position.side === 'long' ? 'Long' : 'Short'} {formatAmount(position.size)}{' '}
            {position.instrument === 'inverse' ? 'USD of' : ''} {position.asset},{' '}
            {position.leverage}x {position.marginMode}
          </h2>
          <dl className="figures">
            <div>
              <dt>
                <Term id="liquidation-price">Liquidation price</Term>
              </dt>
              <dd data-testid={position.index === 0 ? 'liquidation-price' : undefined}>
                {formatAmount(position.liquidationPrice)}
              </dd>
            </div>
            <div>
              <dt>Distance</dt>
              <dd>{formatPercent(position.liquidationDistancePercent, undefined, true)}</dd>
            </div>
            <div>
              <dt>
                <Term id="bankruptcy-price">Bankruptcy price</Term>
              </dt>
              <dd data-testid={position.index === 0 ? 'bankruptcy-price' : undefined}>
                {formatAmount(position.bankruptcyPrice)}
              </dd>
            </div>
            <div>
              <dt>
                <Term id="margin-call">Margin-call price</Term>
              </dt>
              <dd>{formatAmount(position.marginCallPrice)}</dd>
            </div>
            <div>
              <dt>
                <Term id="initial-margin">Initial margin</Term>
              </dt>
              <dd>{formatMoney(position.initialMargin, currency)}</dd>
            </div>
            <div>
              <dt>
                <Term id="maintenance-margin">Maintenance margin</Term>
              </dt>
              <dd>{formatMoney(position.maintenanceMargin, currency)}</dd>
            </div>
            <div>
              <dt>
                <Term id="notional">Notional</Term>
              </dt>
              <dd>{formatMoney(position.notional, currency)}</dd>
            </div>
            <div>
              <dt>
                <Term id="tier">Tier</Term>
              </dt>
              <dd>
                {position.tier
                  ? `level ${position.tier.index + 1}: MMR ${formatFraction(position.tier.mmr)}, max ${position.tier.maxLeverage}x`
                  : '—'}
              </dd>
            </div>
          </dl>
          <h3>Price ladder</h3>
          <PriceLadder
            position={position}
            stopPrice={scenario.account.positions[position.index]?.stopLoss?.triggerPrice}
          />
          <details className="small muted">
            <summary>How is this computed?</summary>
            <p>{position.formula.text}</p>
          </details>
        </div>
      ))}
      <div className="card">
        <dl className="figures">
          <div>
            <dt>Account equity now</dt>
            <dd>{formatMoney(assessment.account.equity, currency)}</dd>
          </div>
          <div>
            <dt>Max loss as designed</dt>
            <dd data-testid="max-loss">{formatMoney(assessment.maxLossAsDesigned, currency)}</dd>
          </div>
          <div>
            <dt>
              <Term id="deficit">Deficit</Term> in the worst gap
            </dt>
            <dd>{formatMoney(assessment.worstCase.deficit, currency)}</dd>
          </div>
          <div>
            <dt>Of which you owe</dt>
            <dd>{formatMoney(assessment.worstCase.userOwes, currency)}</dd>
          </div>
        </dl>
        {assessment.worstCase.deficit !== '0' && assessment.worstCase.userOwes === '0' && (
          <p className="small" data-testid="deficit-note">
            The deficit is money lost beyond what the account holds. You would not pay it here: the
            reason is below.
          </p>
        )}
        <h3>Why</h3>
        <p>{assessment.reason}</p>
        <p className="small">
          <IntentLink href="/glossary">What the words mean</IntentLink>: liquidation, insurance
          fund, auto-deleveraging, socialized loss and the rest, in plain language.
        </p>
        <p className="small muted">
          Methodology {assessment.methodologyVersion} · profile {assessment.profileSlug} v
          {assessment.profileVersion}, as of {formatDate(assessment.asOf)}
        </p>
      </div>
    </section>
  );
}
