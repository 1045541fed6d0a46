import type { ScenarioInput } from '@belowzero/risk-core';

/** The inputs of a scenario as a read-only list (shared links, conflicts). */
export function ScenarioSummary({ scenario }: { scenario: ScenarioInput }) {
  const { account } = scenario;
  return (
    <dl className="figures card" aria-label="Scenario inputs">
      <div>
        <dt>Exchange</dt>
        <dd>{scenario.exchange}</dd>
      </div>
      <div>
        <dt>Wallet balance</dt>
        <dd>{account.walletBalance ?? '—'}</dd>
      </div>
      {account.positions.map((position, index) => (
        <div key={index} style={{ gridColumn: '1 / -1' }}>
          <dt>Position {index + 1}</dt>
          <dd>
            {position.side} {position.size ?? `${position.amount} invested in`} {position.asset} (
            {position.instrument}) @ {position.entryPrice}, {position.leverage}x{' '}
            {position.marginMode}
            {position.stopLoss
              ? `, ${position.stopLoss.type} stop at ${position.stopLoss.triggerPrice}`
              : ''}
          </dd>
        </div>
      ))}
    </dl>
  );
}
