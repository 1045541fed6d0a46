'use client';
/**
 * The device identity: no sign-up. On the first save the API's createDevice mutation
 * returns a bearer token, shown once; it lives in localStorage and authenticates every
 * later request from this browser.
 */
const TOKEN_KEY = 'belowzero.deviceToken';

export function deviceToken(): string | null {
  return typeof localStorage === 'undefined' ? null : localStorage.getItem(TOKEN_KEY);
}

export function storeDeviceToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
}
