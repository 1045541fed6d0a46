import { protectionSummary } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import { formatDate } from '../../lib/format/format';
import { IntentLink } from '../../components/IntentLink';

export const metadata = { title: 'Exchanges' };

/** Every exchange product belowzero knows, with its headline protection answer. */
export default function ExchangesPage() {
  return (
    <main>
      <h1>Exchanges</h1>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {profiles.map((profile) => {
          const summary = protectionSummary(profile);
          return (
            <li key={profile.slug} className="card">
              <h2 style={{ margin: 0 }}>
                <IntentLink href={`/exchanges/${profile.slug}`}>
                  {profile.exchange} {profile.product}
                </IntentLink>
              </h2>
              <p className="small">Can you owe money? {summary.canUserOwe.text}</p>
              <p className="small muted">Checked {formatDate(profile.asOf)}</p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
