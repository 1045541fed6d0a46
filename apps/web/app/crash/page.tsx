import { Suspense } from 'react';
import { CrashLab } from '../../components/CrashLab';

export const metadata = { title: 'Crash lab' };

export default function CrashPage() {
  return (
    <main>
      <h1>Crash lab</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <CrashLab />
      </Suspense>
    </main>
  );
}
