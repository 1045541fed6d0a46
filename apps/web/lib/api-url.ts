/** The GraphQL endpoint, fixed at build time (NEXT_PUBLIC_ variables are inlined by Next). */
export const API_URL = process.env.NEXT_PUBLIC_API_URL || 'http://127.0.0.1:4000/graphql';
