import { Interactive } from '../components/Interactive';
import { QuickCheck } from '../components/QuickCheck';

/**
 * Home: the quick check. Prerendered with the default scenario's answer (risk-core runs at
 * build time), so the first paint is the answer; a scenario in the URL replaces it once hydrated.
 */
export default function HomePage() {
  return (
    <main>
      <h1>Can my balance go below zero?</h1>
      <Interactive>
        <QuickCheck />
      </Interactive>
    </main>
  );
}
