# The API image for docker-compose: the same `npm start`, on an external Postgres.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --omit=dev --ignore-scripts && npm run generate
COPY src ./src
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["npm", "start"]
