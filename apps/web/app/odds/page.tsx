import { Suspense } from 'react';
import { OddsLab } from '../../components/OddsLab';

export const metadata = { title: 'Odds' };

export default function OddsPage() {
  return (
    <main>
      <h1>Odds of going below zero</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <OddsLab />
      </Suspense>
    </main>
  );
}
