import type { Answer, Assessment, ScenarioInput } from '@belowzero/risk-core';
import {
  formatAmount,
  formatDate,
  formatFraction,
  formatMoney,
  formatPercent,
} from '../lib/format/format';
import { PriceLadder } from './PriceLadder';

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
              <dt>Liquidation price</dt>
              <dd data-testid={position.index === 0 ? 'liquidation-price' : undefined}>
                {formatAmount(position.liquidationPrice)}
              </dd>
            </div>
            <div>
              <dt>Distance</dt>
              <dd>{formatPercent(position.liquidationDistancePercent, undefined, true)}</dd>
            </div>
            <div>
              <dt>Bankruptcy price</dt>
              <dd data-testid={position.index === 0 ? 'bankruptcy-price' : undefined}>
                {formatAmount(position.bankruptcyPrice)}
              </dd>
            </div>
            <div>
              <dt>Margin-call price</dt>
              <dd>{formatAmount(position.marginCallPrice)}</dd>
            </div>
            <div>
              <dt>Initial margin</dt>
              <dd>{formatMoney(position.initialMargin, currency)}</dd>
            </div>
            <div>
              <dt>Maintenance margin</dt>
              <dd>{formatMoney(position.maintenanceMargin, currency)}</dd>
            </div>
            <div>
              <dt>Notional</dt>
              <dd>{formatMoney(position.notional, currency)}</dd>
            </div>
            <div>
              <dt>Tier</dt>
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
          <p className="small muted">Formula: {position.formula.text}</p>
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
            <dt>Deficit in the worst gap</dt>
            <dd>{formatMoney(assessment.worstCase.deficit, currency)}</dd>
          </div>
          <div>
            <dt>Of which you owe</dt>
            <dd>{formatMoney(assessment.worstCase.userOwes, currency)}</dd>
          </div>
        </dl>
        <h3>Why</h3>
        <p>{assessment.reason}</p>
        <p className="small muted">
          Methodology {assessment.methodologyVersion} · profile {assessment.profileSlug} v
          {assessment.profileVersion}, as of {formatDate(assessment.asOf)}
        </p>
      </div>
    </section>
  );
}
