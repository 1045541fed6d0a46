import { Suspense } from 'react';
import { Portfolio } from '../../components/Portfolio';

export const metadata = { title: 'Portfolio' };

export default function PortfolioPage() {
  return (
    <main>
      <h1>Portfolio</h1>
      <p className="small muted">
        Several positions and holdings in one account: with cross margin, one balance backs them
        all.
      </p>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Portfolio />
      </Suspense>
    </main>
  );
}
