import { findProfile, profiles } from '@belowzero/risk-core/profiles';
import { notFound } from 'next/navigation';
import { IntentLink } from '../../../components/IntentLink';
import { CurrentProfileDetails } from '../../../components/CurrentProfileDetails';

/** One static page per profile, built ahead so every one of them works offline. */
export function generateStaticParams(): { slug: string }[] {
  return profiles.map((profile) => ({ slug: profile.slug }));
}

export const dynamicParams = false;

function profileOrNull(slug: string) {
  try {
    return findProfile(slug);
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const profile = profileOrNull((await params).slug);
  return { title: profile ? `${profile.exchange} ${profile.product}` : 'Exchange' };
}

export default async function ExchangePage({ params }: { params: Promise<{ slug: string }> }) {
  const profile = profileOrNull((await params).slug);
  if (!profile) notFound();
  return (
    <main>
      <p className="small">
        <IntentLink href="/compare">← Compare exchanges</IntentLink>
      </p>
      <h1>
        {profile.exchange} {profile.product}
      </h1>
      <CurrentProfileDetails slug={profile.slug} />
    </main>
  );
}
