import { protectionSummary } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import { formatDate } from '../lib/format/format';
import { sourceLabel } from '../lib/format/source-label';
import { IntentLink } from './IntentLink';
import { Term } from './Term';

const QUESTIONS = [
  ['canUserOwe', 'Can you owe?', null],
  ['deficitCoverage', 'Who covers a deficit', 'deficit'],
  ['partialLiquidation', 'Partial liquidation', 'liquidation'],
  ['guaranteedStops', 'Guaranteed stop', null],
] as const;

/**
 * Every venue's protections, one card per venue (a phone's width), each answer with a short
 * source linking out and its date; assumptions marked.
 */
export function ProtectionsTable() {
  const rows = profiles.map((profile) => ({ profile, summary: protectionSummary(profile) }));
  return (
    <ul className="protections" aria-label="Protections by exchange">
      {rows.map(({ profile, summary }) => (
        <li key={profile.slug} className="card" data-testid="protection-card">
          <h3 style={{ marginTop: 0 }}>
            <IntentLink href={`/exchanges/${profile.slug}`}>
              {profile.exchange} {profile.product}
            </IntentLink>
          </h3>
          <p className="small muted">as of {formatDate(profile.asOf)}</p>
          <dl className="figures">
            {QUESTIONS.map(([key, question, term]) => {
              const item = summary[key];
              const source = sourceLabel(item.source);
              return (
                <div key={key}>
                  <dt>{term === null ? question : <Term id={term}>{question}</Term>}</dt>
                  <dd>
                    {item.text}
                    {item.assumption && (
                      <>
                        {' '}
                        <span className="badge assumption">assumption</span>
                      </>
                    )}
                    <br />
                    <span className="small muted">
                      {source.href === null ? (
                        <span title={item.source}>{source.label}</span>
                      ) : (
                        <a href={source.href} title={item.source} rel="noreferrer" target="_blank">
                          {source.label}
                        </a>
                      )}
                      , {formatDate(item.asOf)}
                    </span>
                  </dd>
                </div>
              );
            })}
          </dl>
        </li>
      ))}
    </ul>
  );
}
