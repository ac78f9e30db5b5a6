# syntax=docker/dockerfile:1
# The API image. Build stage: every dependency, the Prisma client and GraphQL types generated,
# TypeScript compiled to dist/. Runtime stage: production dependencies only (no tsx, TypeScript,
# Prisma CLI, codegen or embedded Postgres), the compiled code and the migrations, as the
# unprivileged `node` user, with node itself as PID 1 so `docker stop`'s SIGTERM reaches the
# server and it drains the requests in flight. tests/integration/deploy/dockerfile.test.ts
# replays this file step by step.
FROM node:26-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json codegen.ts ./
COPY scripts ./scripts
COPY src ./src
COPY seed ./seed
COPY examples ./examples
RUN npm run build

FROM node:26-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/cli/start.js"]
