import { CrashLab } from '../../components/CrashLab';
import { Interactive } from '../../components/Interactive';
import { initialCrash } from '../../lib/screens/crash-outcome';

export const metadata = { title: 'Crash lab' };

export default function CrashPage() {
  return (
    <main>
      <h1>Crash lab</h1>
      <Interactive>
        <CrashLab initial={initialCrash()} />
      </Interactive>
    </main>
  );
}
