import { protectionSummary } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import { formatDate } from '../lib/format/format';
import { IntentLink } from './IntentLink';

/** Every venue's protections side by side, each answer with its source and date; assumptions marked. */
export function ProtectionsTable() {
  const rows = profiles.map((profile) => ({ profile, summary: protectionSummary(profile) }));
  return (
    <div className="table-scroll">
      <table aria-label="Protections by exchange">
        <thead>
          <tr>
            <th>Exchange</th>
            <th>Can you owe?</th>
            <th>Who covers a deficit</th>
            <th>Partial liquidation</th>
            <th>Guaranteed stop</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ profile, summary }) => (
            <tr key={profile.slug}>
              <th scope="row">
                <IntentLink href={`/exchanges/${profile.slug}`}>
                  {profile.exchange} {profile.product}
                </IntentLink>
                <br />
                <span className="small muted">as of {formatDate(profile.asOf)}</span>
              </th>
              {[
                summary.canUserOwe,
                summary.deficitCoverage,
                summary.partialLiquidation,
                summary.guaranteedStops,
              ].map((item, index) => (
                <td key={index} title={`${item.source} (${item.asOf})`}>
                  {item.text}
                  {item.assumption && (
                    <>
                      {' '}
                      <span className="badge assumption">assumption</span>
                    </>
                  )}
                  <br />
                  <span className="small muted">{item.source}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
