import { SharedScenario } from '../../../components/SharedScenario';

export const metadata = { title: 'Shared scenario' };

/** A shared scenario, read-only, opened from its link. */
export default async function SharedScenarioPage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  return (
    <main>
      <SharedScenario slug={slug} />
    </main>
  );
}
