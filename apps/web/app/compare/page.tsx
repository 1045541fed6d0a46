import { compare } from '@belowzero/risk-core';
import { profiles } from '@belowzero/risk-core/profiles';
import { ExchangeRanking } from '../../components/ExchangeRanking';
import { IntentLink } from '../../components/IntentLink';
import { Interactive } from '../../components/Interactive';
import { ProtectionsTable } from '../../components/ProtectionsTable';
import { defaultScenario } from '../../lib/screens/default-scenario';

export const metadata = { title: 'Compare exchanges' };

export default function ComparePage() {
  return (
    <main>
      <h1>Compare exchanges</h1>
      <Interactive>
        <ExchangeRanking initial={compare(defaultScenario, profiles)} />
      </Interactive>
      <h2>Protections</h2>
      <p className="small muted">
        Each answer is derived from the exchange&apos;s own published material; belowzero&apos;s
        modelling assumptions are marked as such. An insurance fund, auto-deleveraging or a
        socialized loss: <IntentLink href="/glossary">what the words mean</IntentLink>.
      </p>
      <ProtectionsTable />
    </main>
  );
}
