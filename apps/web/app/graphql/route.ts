/**
 * The API through the PWA's own origin: /graphql here is passed on to the API (API_ORIGIN, read
 * when each request comes, default http://127.0.0.1:4000), so a phone that reached the PWA at
 * the computer's LAN address reaches the API the same way, with no other address or CORS rule
 * to set. The API stays on loopback; it sees each request as this server's.
 */

export const dynamic = 'force-dynamic';

/** Headers that belong to one hop, not to the request the API should see. */
const HOP_HEADERS = ['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive'];

async function pass(request: Request): Promise<Response> {
  const origin = process.env.API_ORIGIN || 'http://127.0.0.1:4000';
  const target = `${origin}/graphql${new URL(request.url).search}`;
  const headers = new Headers(request.headers);
  for (const name of HOP_HEADERS) headers.delete(name);
  try {
    const answer = await fetch(target, {
      method: request.method,
      headers,
      body: request.method === 'POST' ? await request.text() : undefined,
      redirect: 'manual',
    });
    const passed = new Headers(answer.headers);
    for (const name of [...HOP_HEADERS, 'content-encoding']) passed.delete(name);
    return new Response(answer.body, { status: answer.status, headers: passed });
  } catch {
    return Response.json(
      {
        errors: [
          {
            message: 'The belowzero server cannot be reached right now.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      },
      { status: 503, headers: { 'retry-after': '5' } },
    );
  }
}

export const GET = pass;
export const POST = pass;
