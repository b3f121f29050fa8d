# syntax=docker/dockerfile:1
# Bolt Lab: `bolt` in a small, non-root container. Build from the repository root:
#   docker build -f docker/BoltLab.Dockerfile -t bolt-lab .
# Run it over a spec repository (the working directory is /work):
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/work" bolt-lab validate
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/work" bolt-lab build

# Node 20.19.5 on Debian bookworm (slim), pinned by digest: a rebuild gets the same base image.
ARG NODE_IMAGE=node:20.19.5-bookworm-slim@sha256:9e70124bd00f47dd023e349cd587132ae61892acc0e47ed641416c3e18f401c3

# --- build: compile the TypeScript with the dev dependencies ---------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json ./
# --ignore-scripts: `prepare` would compile before the sources are copied; tsc runs below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY src ./src
COPY generators ./generators
# tsc writes files 0644; the entrypoint runs bin.js through a symlink, so it needs its execute bit
# (npm sets it when it installs a package's bin; nothing does here).
RUN npx tsc -p tsconfig.json && chmod 0755 dist/src/cli/bin.js

# --- runtime: production dependencies, compiled code, templates and schemas only -------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/src ./dist/src
COPY --from=build /src/dist/generators ./dist/generators
COPY templates ./templates
COPY schemas ./schemas
# docs/rules.md is read at run time: SARIF carries each rule's section as its help; the LSP links to it.
COPY docs ./docs
# `bolt` on the PATH, as npm links a bin; the chmod again, so the image never depends on the
# build stage's modes surviving the copy.
RUN chmod 0755 /app/dist/src/cli/bin.js \
 && ln -s /app/dist/src/cli/bin.js /usr/local/bin/bolt \
 && mkdir -p /work && chown node:node /work

USER node
WORKDIR /work
ENTRYPOINT ["bolt"]
CMD ["--help"]
