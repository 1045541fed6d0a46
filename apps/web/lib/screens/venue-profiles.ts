/**
 * The exchange profiles the PWA computes with: the bundled snapshot, replaced by any newer
 * version the API has sent (lib/api-client/venue-profiles-refresh.ts), which is kept on the device so it
 * also serves offline. Screens read it through lib/screens/use-profiles.ts.
 */
import { validateProfile, type SafeguardProfile } from '@belowzero/risk-core';
import { profiles as bundledProfiles } from '@belowzero/risk-core/profiles';

/** What the device keeps of one exchange, as the API last described it. */
export interface KeptVersion {
  /** The API's newest version, when it is newer than the bundled one. */
  profile: SafeguardProfile | null;
  /** The API's "last confirmed on" date of its newest version (null: never re-read). */
  venueCheckedOn: string | null;
}

export interface ProfileChoice {
  profile: SafeguardProfile;
  venueCheckedOn: string | null;
}

const STORAGE_KEY = 'belowzero.venueProfiles.v1';

let kept: Map<string, KeptVersion> | null = null;
let snapshot: ProfileChoice[] | null = null;
const listeners = new Set<() => void>();

export const bundledChoices: ProfileChoice[] = bundledProfiles.map((profile) => ({
  profile,
  venueCheckedOn: null,
}));

/** The stored versions, each checked again by risk-core; a damaged entry is dropped. */
function readKept(): Map<string, KeptVersion> {
  const result = new Map<string, KeptVersion>();
  let stored: unknown;
  try {
    stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    return result;
  }
  if (typeof stored !== 'object' || stored === null) return result;
  for (const [slug, entry] of Object.entries(stored as Record<string, unknown>)) {
    const version = keptVersionOrNull(slug, entry);
    if (version) result.set(slug, version);
  }
  return result;
}

function keptVersionOrNull(slug: string, entry: unknown): KeptVersion | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { profile, venueCheckedOn } = entry as Record<string, unknown>;
  if (venueCheckedOn !== null && typeof venueCheckedOn !== 'string') return null;
  if (profile === null) return { profile: null, venueCheckedOn };
  try {
    const valid = validateProfile(profile);
    return valid.slug === slug ? { profile: valid, venueCheckedOn } : null;
  } catch {
    return null;
  }
}

function keptVersions(): Map<string, KeptVersion> {
  if (kept === null) kept = typeof window === 'undefined' ? new Map() : readKept();
  return kept;
}

/** The profile to compute with for each exchange, bundled order; the same array until a change. */
export function currentProfileChoices(): ProfileChoice[] {
  if (snapshot !== null) return snapshot;
  const versions = keptVersions();
  // Nothing kept: the very snapshot the prerender used, so hydration re-renders nothing.
  if (versions.size === 0) return (snapshot = bundledChoices);
  snapshot = bundledChoices.map((bundled) => {
    const entry = versions.get(bundled.profile.slug);
    if (entry === undefined) return bundled;
    // A newer release's bundled version wins over an older one kept from the API.
    const newer = entry.profile !== null && entry.profile.version > bundled.profile.version;
    if (newer)
      return { profile: entry.profile as SafeguardProfile, venueCheckedOn: entry.venueCheckedOn };
    return { profile: bundled.profile, venueCheckedOn: entry.venueCheckedOn };
  });
  return snapshot;
}

/** The choice for one exchange among these, or undefined for a slug no profile has. */
export function choiceOf(
  slug: string,
  choices: readonly ProfileChoice[],
): ProfileChoice | undefined {
  return choices.find((choice) => choice.profile.slug === slug);
}

/** Keeps what the API said of these exchanges (on the device too) and tells every screen. */
export function keepVersions(updates: ReadonlyMap<string, KeptVersion>): void {
  if (updates.size === 0) return;
  const versions = keptVersions();
  for (const [slug, entry] of updates) versions.set(slug, entry);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(versions)));
  } catch {
    // Storage full or refused (private mode): the versions still serve this visit.
  }
  snapshot = null;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the profiles change; returns the unsubscribe. */
export function subscribeToProfiles(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
