import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'pnpm --filter @belowzero/api run seed' },
  datasource: { url: env('DATABASE_URL') },
});
