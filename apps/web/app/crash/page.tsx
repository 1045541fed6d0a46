import { CrashLab } from '../../components/CrashLab';
import { Interactive } from '../../components/Interactive';

export const metadata = { title: 'Crash lab' };

export default function CrashPage() {
  return (
    <main>
      <h1>Crash lab</h1>
      <Interactive>
        <CrashLab />
      </Interactive>
    </main>
  );
}
