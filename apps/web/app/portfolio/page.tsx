import { Interactive } from '../../components/Interactive';
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
      <Interactive>
        <Portfolio />
      </Interactive>
    </main>
  );
}
