// Next.js config: Serwist (webpack plugin, hence `next build --webpack`) compiles app/sw.ts
// into public/sw.js with the build's static files in its precache list.
import { randomUUID } from 'node:crypto';
import { profiles } from '@belowzero/risk-core/profiles';
import withSerwistInit from '@serwist/next';

// The app shell pages are static HTML: precache them too, so every screen opens offline.
// A fresh revision per build makes the service worker refresh them after a deploy.
const revision = randomUUID();
const shellRoutes = [
  ...[
    '/',
    '/crash',
    '/odds',
    '/compare',
    '/portfolio',
    '/scenarios',
    '/exchanges',
    '/glossary',
    '/offline',
  ],
  ...profiles.map((profile) => `/exchanges/${profile.slug}`),
];

const withSerwist = withSerwistInit({
  swSrc: 'app/sw.ts',
  swDest: 'public/sw.js',
  additionalPrecacheEntries: shellRoutes.map((url) => ({ url, revision })),
  // The build itself never runs the worker in `next dev`; keep dev free of a stale cache.
  disable: process.env.NODE_ENV === 'development',
  // The app reads its state from the URL and IndexedDB; a reload on reconnect adds nothing.
  reloadOnOnline: false,
  // Registered by the app once the first screen has settled (lib/sync/service-worker.ts), not at load.
  register: false,
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  transpilePackages: ['@belowzero/risk-core'],
  poweredByHeader: false,
};

export default withSerwist(nextConfig);
