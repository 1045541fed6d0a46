'use client';
import { useProfileChoices } from '../lib/screens/use-profiles';
import { choiceOf } from '../lib/screens/venue-profiles';
import { ProfileDetails } from './ProfileDetails';

/**
 * An exchange's details as the device holds them now: the bundled version in the prerender,
 * the API's newest once it came (lib/screens/venue-profiles.ts).
 */
export function CurrentProfileDetails({ slug }: { slug: string }) {
  const choice = choiceOf(slug, useProfileChoices());
  if (!choice) return null;
  return <ProfileDetails profile={choice.profile} venueCheckedOn={choice.venueCheckedOn} />;
}
