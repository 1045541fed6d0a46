import { Suspense } from 'react';
import { QuickCheck } from '../components/QuickCheck';

/** Home: the quick check. The scenario comes from the URL, so the page renders in the browser. */
export default function HomePage() {
  return (
    <main>
      <h1>Can my balance go below zero?</h1>
      <Suspense fallback={<p className="muted">Loading the calculator…</p>}>
        <QuickCheck />
      </Suspense>
    </main>
  );
}
