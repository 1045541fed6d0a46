import { Interactive } from '../../components/Interactive';
import { OddsLab } from '../../components/OddsLab';

export const metadata = { title: 'Odds' };

export default function OddsPage() {
  return (
    <main>
      <h1>Odds of going below zero</h1>
      <Interactive>
        <OddsLab />
      </Interactive>
    </main>
  );
}
