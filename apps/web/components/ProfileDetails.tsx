import type { MarginTierInput, SafeguardProfile, Sourced } from '@belowzero/risk-core';
import {
  RULE_NOT_STATED,
  bankruptcyPriceWords,
  liquidationResidualWords,
  maintenanceBasisWords,
  protectionSummary,
  usedMarginWords,
  type BankruptcyPriceRule,
  type LiquidationResidual,
  type UsedMarginCurrency,
} from '@belowzero/risk-core';
import { formatAmount, formatDate, formatFraction } from '../lib/format/format';
import { SourceNote } from './SourcedValue';

function show(value: unknown): string {
  if (value === 'unknown') return 'not published';
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value))
    return value
      .map((entry) => (typeof entry === 'object' ? JSON.stringify(entry) : String(entry)))
      .join(' → ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([key, entry]) => `${key}: ${String(entry)}`)
      .join(', ');
  return String(value);
}

function Row({
  label,
  field,
  render,
}: {
  label: string;
  field: Sourced<unknown>;
  render?: (value: unknown) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <strong>
          {field.value === 'unknown' ? 'not published' : (render ?? show)(field.value)}
        </strong>
        <br />
        <SourceNote provenance={field} />
      </td>
    </tr>
  );
}

/** A rule the profile may not state: then what belowzero computes with, in words. */
function OptionalRow({
  label,
  field,
  notStated,
  render,
}: {
  label: string;
  field: Sourced<unknown> | undefined;
  notStated: string;
  render?: (value: unknown) => string;
}) {
  if (field !== undefined) return <Row label={label} field={field} render={render} />;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <strong>{notStated}</strong>
      </td>
    </tr>
  );
}

const fraction = (value: unknown) => formatFraction(String(value));

/** Everything one exchange product publishes (and what we assume), each with source and date. */
export function ProfileDetails({
  profile,
  venueCheckedOn = null,
}: {
  profile: SafeguardProfile;
  /** When the API last read the venue's tables again and found them as this version holds them. */
  venueCheckedOn?: string | null;
}) {
  const summary = protectionSummary(profile);
  const protections = [
    ['Can you owe money?', summary.canUserOwe],
    ['Who covers a deficit', summary.deficitCoverage],
    ['Partial liquidation', summary.partialLiquidation],
    ['Guaranteed stops', summary.guaranteedStops],
    ['Negative-balance promise', summary.negativeBalancePromise],
  ] as const;
  return (
    <>
      <p className="muted small">
        Profile version {profile.version}, checked {formatDate(profile.asOf)}. Settles in{' '}
        {profile.settlementCurrency}; instruments: {profile.instruments.join(', ')}; margin modes:{' '}
        {profile.marginModes.join(', ')}.
        {venueCheckedOn !== null && (
          <> The venue&apos;s tables were last confirmed on {formatDate(venueCheckedOn)}.</>
        )}
      </p>
      <h2>Protections</h2>
      <table>
        <tbody>
          {protections.map(([label, item]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <strong>{item.text}</strong>
                <br />
                <SourceNote
                  provenance={{ source: item.source, asOf: item.asOf, assumption: item.assumption }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Liquidation and margin</h2>
      <div className="table-scroll">
        <table>
          <tbody>
            <Row
              label="Maintenance margin valued on"
              field={profile.maintenanceBasis}
              render={(value) => maintenanceBasisWords(value as 'mark_notional')}
            />
            <Row label="Close fee inside maintenance" field={profile.closeFeeInMaintenance} />
            <OptionalRow
              label="Bankruptcy price"
              field={profile.bankruptcyPrice}
              notStated={RULE_NOT_STATED.bankruptcyPrice}
              render={(value) => bankruptcyPriceWords(value as BankruptcyPriceRule)}
            />
            <OptionalRow
              label="Isolated margin holds the fee to close"
              field={profile.isolatedCloseFeeReserve}
              notStated={RULE_NOT_STATED.isolatedCloseFeeReserve}
            />
            {profile.spotMargin && (
              <OptionalRow
                label="Spot-margin used margin held as"
                field={profile.spotMargin.usedMarginCurrency}
                notStated={RULE_NOT_STATED.usedMarginCurrency}
                render={(value) => usedMarginWords(value as UsedMarginCurrency)}
              />
            )}
            <OptionalRow
              label="Margin left after a liquidation"
              field={profile.liquidationResidual}
              notStated={RULE_NOT_STATED.liquidationResidual}
              render={(value) => liquidationResidualWords(value as LiquidationResidual)}
            />
            <Row label="Liquidation process" field={profile.liquidation} />
            <Row label="Margin-call ratio" field={profile.marginCallRatio} render={fraction} />
            <Row label="Liquidation fee" field={profile.liquidationFeeRate} render={fraction} />
            <Row label="Taker fee" field={profile.takerFeeRate} render={fraction} />
            <Row label="Maker fee" field={profile.makerFeeRate} render={fraction} />
            <Row label="Engine latency (ms)" field={profile.liquidationLatencyMs} />
            <Row
              label="Book depth per 1 % move"
              field={profile.depthNotionalPerPercent}
              render={(value) => formatAmount(String(value))}
            />
            <Row
              label="Insurance fund for one contract"
              field={profile.insuranceFundCapacity}
              render={(value) => formatAmount(String(value))}
            />
            <Row label="Auto-deleveraging" field={profile.autoDeleveraging} />
            <Row label="Socialized loss" field={profile.socializedLoss} />
            <Row label="Deficit order" field={profile.deficitWaterfall} />
            <Row label="User liable for a deficit" field={profile.userLiableForDeficit} />
            <Row
              label="Stop-loss types"
              field={profile.stopLossTypes}
              render={(value) =>
                (value as { type: string }[]).map((offer) => offer.type).join(', ')
              }
            />
          </tbody>
        </table>
      </div>
      <h2>Margin tiers</h2>
      {profile.contracts.map((contract) => (
        <section key={`${contract.asset}-${contract.instrument}`} className="card">
          <h3>
            {contract.asset} ({contract.instrument})
          </h3>
          {contract.tiers.value === 'unknown' ? (
            <p>Not published.</p>
          ) : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th className="num">From</th>
                    <th className="num">To</th>
                    <th className="num">Max leverage</th>
                    <th className="num">MMR</th>
                  </tr>
                </thead>
                <tbody>
                  {contract.tiers.value.map((tier: MarginTierInput, index) => (
                    <tr key={index}>
                      <td className="num">{formatAmount(tier.floor)}</td>
                      <td className="num">{tier.cap === null ? '∞' : formatAmount(tier.cap)}</td>
                      <td className="num">{tier.maxLeverage}x</td>
                      <td className="num">{formatFraction(tier.mmr)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <SourceNote provenance={contract.tiers} />
        </section>
      ))}
    </>
  );
}
