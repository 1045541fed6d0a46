/** Where a developer (or the e2e suite) points this browser at another API, e.g. a staging one. */
export const API_URL_OVERRIDE_KEY = 'belowzero.apiUrl';

/**
 * The GraphQL endpoint: NEXT_PUBLIC_API_URL fixed at build time (Next inlines it), unless
 * this device was pointed elsewhere through localStorage.
 */
export function apiUrl(): string {
  const override =
    typeof localStorage === 'undefined' ? null : localStorage.getItem(API_URL_OVERRIDE_KEY);
  return override || process.env.NEXT_PUBLIC_API_URL || 'http://127.0.0.1:4000/graphql';
}
