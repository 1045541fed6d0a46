/**
 * Takes the API's newest profile versions onto the device (lib/screens/venue-profiles.ts keeps them):
 * a newer version is fetched whole and checked by risk-core before any screen uses it; the
 * "last confirmed on" date is taken for the version the device already holds.
 */
import type { ApolloClient } from '@apollo/client';
import { validateProfile, ValidationError } from '@belowzero/risk-core';
import { profiles as bundledProfiles } from '@belowzero/risk-core/profiles';
import type { ExchangeVersionsQuery } from '../gql/graphql';
import { EXCHANGE_PROFILE, EXCHANGE_VERSIONS } from './operations';
import { currentProfileChoices, keepVersions, type KeptVersion } from '../screens/venue-profiles';

type ListedVersion = ExchangeVersionsQuery['exchanges']['edges'][number]['node'];

async function listedVersions(client: ApolloClient): Promise<ListedVersion[]> {
  const listed: ListedVersion[] = [];
  let after: string | null = null;
  do {
    const data: ExchangeVersionsQuery | undefined = (
      await client.query({
        query: EXCHANGE_VERSIONS,
        variables: { after },
        fetchPolicy: 'no-cache',
      })
    ).data;
    if (!data) break;
    listed.push(...data.exchanges.edges.map((edge) => edge.node));
    after = data.exchanges.pageInfo.hasNextPage ? data.exchanges.pageInfo.endCursor : null;
  } while (after !== null);
  return listed;
}

/** The API's newer version, checked by risk-core; null when this release cannot read it. */
async function newerProfile(
  client: ApolloClient,
  listed: ListedVersion,
): Promise<KeptVersion | null> {
  const { data } = await client.query({
    query: EXCHANGE_PROFILE,
    variables: { slug: listed.slug },
    fetchPolicy: 'no-cache',
  });
  if (!data) return null;
  try {
    const profile = validateProfile(data.exchange.profile);
    if (profile.slug !== listed.slug) return null;
    return { profile, venueCheckedOn: data.exchange.venueCheckedOn };
  } catch (error) {
    // A later profile format than this release knows: it stays on the API.
    if (error instanceof ValidationError) return null;
    throw error;
  }
}

/** Asks the API which versions are newest and keeps what changed; network errors propagate. */
export async function refreshVenueProfiles(client: ApolloClient): Promise<void> {
  const held = new Map(currentProfileChoices().map((choice) => [choice.profile.slug, choice]));
  const updates = new Map<string, KeptVersion>();
  for (const listed of await listedVersions(client)) {
    const choice = held.get(listed.slug);
    // A profile this release has no screens for, or an API older than this release: skip.
    if (!choice || listed.version < choice.profile.version) continue;
    if (listed.version === choice.profile.version) {
      if (listed.venueCheckedOn === choice.venueCheckedOn) continue;
      const bundled = bundledProfiles.includes(choice.profile);
      updates.set(listed.slug, {
        profile: bundled ? null : choice.profile,
        venueCheckedOn: listed.venueCheckedOn,
      });
      continue;
    }
    // A version this release cannot read stays on the API; the device keeps what it has.
    const newer = await newerProfile(client, listed);
    if (newer !== null) updates.set(listed.slug, newer);
  }
  keepVersions(updates);
}
