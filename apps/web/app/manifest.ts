import type { MetadataRoute } from 'next';

/** The web app manifest (served at /manifest.webmanifest): what makes belowzero installable. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'belowzero: can my crypto balance go negative?',
    short_name: 'belowzero',
    description:
      'Liquidation, bankruptcy and margin-call prices, crash tests, the odds of owing money and how each exchange protects you.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#0b1f33',
    theme_color: '#0b1f33',
    categories: ['finance', 'utilities'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
