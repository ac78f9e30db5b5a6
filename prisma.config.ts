// Prisma CLI configuration (generate, studio, and migrate/db on machines that have Prisma's
// native schema engine). The URL is the one `npm start` uses; scripts/prisma.ts fills it in
// for the embedded database.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx seed/seed.ts',
  },
  datasource: {
    // Optional here: `generate` needs no database.
    url: process.env.DATABASE_URL ?? '',
  },
});
