// PostGraphile 5, the peer: the Amber preset over our tables (and the bench schema's search
// function), on loopback, with its own production-speed options. Run by bench/servers.ts as
// `node22 node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs`.
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // Order by any column (by default only indexed ones), as our API orders authors by position.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public', 'bench'],
      poolConfig: { max: Number(process.env.DB_POOL_SIZE ?? 10) },
    }),
  ],
  grafserv: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5000),
    graphiql: false,
    watch: false,
    outputDataAsString: true,
  },
  grafast: { explain: false },
};

export default preset;
