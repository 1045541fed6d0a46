/** Where a developer (or the e2e suite) points this browser at another API, e.g. a staging one. */
export const API_URL_OVERRIDE_KEY = 'belowzero.apiUrl';

/**
 * The GraphQL endpoint: the PWA's own /graphql (app/graphql/route.ts passes it on to the API),
 * so wherever the phone reached the PWA it reaches the API; NEXT_PUBLIC_API_URL (fixed at build
 * time) points at another API, and a device can be pointed elsewhere through localStorage.
 */
export function apiUrl(): string {
  const override =
    typeof localStorage === 'undefined' ? null : localStorage.getItem(API_URL_OVERRIDE_KEY);
  return override || process.env.NEXT_PUBLIC_API_URL || '/graphql';
}
