# syntax=docker/dockerfile:1
# Build: compile with swc (tools/build.mjs) with the full dependency tree, then keep only production
# dependencies: the embedded PostgreSQL is a development dependency, so the image needs DATABASE_URL.
# Node 24 (LTS); the app also supports Node >= 20.19 (package.json engines).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

# Run: a non-root user, compiled output only. Configure with DATABASE_URL (see README).
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The runtime settings of `npm start` (package.json "config"; why: docs/decisions/0011-api-memory.md).
ENV MALLOC_ARENA_MAX=2
CMD ["node", "--max-semi-space-size=4", "--max-old-space-size=256", "dist/apps/api/main.js"]
