import { GLOSSARY } from '../../lib/screens/glossary';

export const metadata = { title: 'What the words mean' };

/** The glossary every term on an answer links to; static, so it opens offline. */
export default function GlossaryPage() {
  return (
    <main>
      <h1>What the words mean</h1>
      <p>The words belowzero’s answers use, in plain language.</p>
      <dl className="glossary">
        {GLOSSARY.map((entry) => (
          <div key={entry.id} id={entry.id} className="card">
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
