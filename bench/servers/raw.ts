/**
 * The ceiling: a minimal node:http server answering each query shape with one hand-written
 * SQL statement that builds the whole JSON response in Postgres (json_agg), through `pg`, as
 * a named (prepared) statement. No GraphQL, no validation beyond JSON parsing: what is left
 * is the database's own cost.
 */
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

const SQL: Record<string, { text: string; params: (body: Record<string, unknown>) => unknown[] }> = {
  '/q1': {
    text: `SELECT json_build_object('article', json_build_object(
      'slug', a.slug, 'headline', a.headline, 'standfirst', a.standfirst, 'publishedAt', a.published_at,
      'authors', (SELECT coalesce(json_agg(json_build_object('role', aa.role, 'person', json_build_object('name', p.name)) ORDER BY aa.position), '[]')
                    FROM article_author aa JOIN person p ON p.id = aa.person_id WHERE aa.article_id = a.id),
      'paragraphs', (SELECT coalesce(json_agg(json_build_object('index', g.index, 'kind', g.kind, 'text', g.text) ORDER BY g.index), '[]')
                    FROM paragraph g WHERE g.article_id = a.id),
      'quotes', (SELECT coalesce(json_agg(json_build_object('text', q.text, 'attributionVerb', q.attribution_verb, 'speakerDescription', q.speaker_description,
                    'speaker', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name) END, 'start', q.start, 'end', q."end") ORDER BY q.start, q.id), '[]')
                    FROM quote q LEFT JOIN person p ON p.id = q.speaker_id WHERE q.article_id = a.id),
      'claims', (SELECT coalesce(json_agg(json_build_object('text', c.text, 'kind', c.kind, 'status', c.status,
                    'claimant', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name) END) ORDER BY c.start, c.id), '[]')
                    FROM claim c LEFT JOIN person p ON p.id = c.claimant_id WHERE c.article_id = a.id),
      'troopLevels', (SELECT coalesce(json_agg(json_build_object('count', t.count, 'kind', t.kind, 'force', t.force, 'qualifier', t.qualifier,
                    'effectiveDate', t.effective_date, 'location', CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('name', l.name, 'code', l.iso_code) END)
                    ORDER BY t.start, t.id), '[]')
                    FROM troop_level t LEFT JOIN location l ON l.id = t.location_id WHERE t.article_id = a.id)
    )) AS body FROM article a WHERE a.slug = $1`,
    params: (b) => [b.slug],
  },
  '/q2': {
    text: `SELECT json_build_object('totalCount', (SELECT count(*) FROM article), 'articles', coalesce(json_agg(json_build_object(
      'slug', a.slug, 'headline', a.headline, 'publishedAt', a.published_at,
      'authors', (SELECT coalesce(json_agg(json_build_object('role', aa.role, 'person', json_build_object('name', p.name)) ORDER BY aa.position), '[]')
                    FROM article_author aa JOIN person p ON p.id = aa.person_id WHERE aa.article_id = a.id),
      'counts', json_build_object('quotes', (SELECT count(*) FROM quote q WHERE q.article_id = a.id),
                                  'claims', (SELECT count(*) FROM claim c WHERE c.article_id = a.id),
                                  'troopLevels', (SELECT count(*) FROM troop_level t WHERE t.article_id = a.id))
    ) ORDER BY a.published_at DESC NULLS LAST, a.id), '[]')) AS body
    FROM (SELECT * FROM article ORDER BY published_at DESC NULLS LAST, id LIMIT $1) a`,
    params: (b) => [b.first],
  },
  '/q3': {
    text: `SELECT json_build_object('points', coalesce(json_agg(json_build_object('date', t.effective_date, 'count', t.count, 'kind', t.kind,
      'qualifier', t.qualifier, 'force', t.force, 'article', json_build_object('slug', a.slug, 'headline', a.headline)) ORDER BY t.effective_date, t.id), '[]')) AS body
      FROM (SELECT * FROM troop_level WHERE location_id = $1 ORDER BY effective_date, id LIMIT $2) t JOIN article a ON a.id = t.article_id`,
    params: (b) => [b.locationId, b.first],
  },
  '/q4': {
    text: `SELECT json_build_object('hits', coalesce(json_agg(json_build_object('kind', h.kind, 'id', h.id, 'title', h.title) ORDER BY h.rank DESC, h.kind, h.id), '[]')) AS body
      FROM bench.search($1, $2) h`,
    params: (b) => [b.q, b.first],
  },
  '/m1': {
    text: `UPDATE claim SET status = $2, review_note = $3, reviewed_at = now(), updated_at = now() WHERE id = $1
      RETURNING json_build_object('claim', json_build_object('id', id, 'status', status, 'reviewNote', review_note, 'reviewedAt', reviewed_at)) AS body`,
    params: (b) => [b.id, b.status, b.note],
  },
};

const server = http.createServer((request, response) => {
  const query = request.url ? SQL[request.url] : undefined;
  if (!query || request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    pool
      .query<{ body: unknown }>({ name: request.url, text: query.text, values: query.params(body) })
      .then(({ rows }) => {
        const data = JSON.stringify({ data: rows[0]?.body ?? null });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }).end(data);
      })
      .catch((error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message));
  });
});

server.listen(Number(process.env.PORT ?? 5100), '127.0.0.1', () => console.log(`raw SQL server on ${process.env.PORT ?? 5100}`));
