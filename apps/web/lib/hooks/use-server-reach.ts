'use client';
import { useSyncExternalStore } from 'react';
import { serverReachable, subscribeServerReach } from '../api-client/server-reach';

/** Whether the belowzero server answered the app's last request (null: not asked yet), live. */
export function useServerReach(): boolean | null {
  return useSyncExternalStore(subscribeServerReach, serverReachable, () => null);
}
