// The ceiling of the API benchmark: a bare Apollo Server 5 on node:http (its standalone
// server, the same HTTP stack as the API) answering a constant query, with no database,
// no limits and no logging. Run as its own process, like the API: `node bench/ceiling.mjs`.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({
  typeDefs: 'type Query { ping: String! }',
  resolvers: { Query: { ping: () => 'pong' } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(`bare Apollo ceiling ready at ${url}`);
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
