/**
 * The shape of the image runtime catalogue: what a well-known image needs and offers at run time,
 * each fact confirmed from the image's Dockerfile, entrypoint or official docs (the source links sit
 * next to the data in each family file). Where a fact could not be confirmed it is left out and the
 * family file says so: a missing fact makes the generators do less, never something wrong.
 */

/** A port the image listens on inside the container. */
export interface ImagePort {
  container: number;
  protocol: 'tcp' | 'udp';
  /** What it serves (`http`, `postgres`, `admin` …). */
  purpose: string;
}

/**
 * A healthcheck that works with the image's own binaries: `test` is exec form without the leading
 * `CMD` (`['pg_isready', '-q']`) and `{port}` stands for the container port it probes.
 */
export interface ImageHealthcheck {
  test: readonly string[];
  /** How long the image usually takes to come up (`60s`); the Compose `start_period`. */
  startPeriod?: string;
}

/** An environment variable that holds a secret, and the `*_FILE` variant the image reads it from, if any. */
export interface SecretEnv {
  name: string;
  file?: string;
}

/**
 * The env names by which an image reaches a database or a cache it depends on (client side), or
 * by which its own database and account are created (server side). `fixed` are constant settings
 * that switch the image to that backend (`DB_TYPE=postgresdb`).
 */
export interface ConnectionEnv {
  host?: string;
  port?: string;
  user?: string;
  password?: string;
  database?: string;
  /** One URL for the whole connection (`REDIS_URL=redis://host:port`). */
  url?: string;
  fixed?: Readonly<Record<string, string>>;
}

/** The kinds of backend a client can be wired to. */
export type BackendKind = 'postgres' | 'mysql' | 'redis';

/** A repository that stopped being published, or moved. */
export interface Moved {
  /** The last tag published under this repository, when the publisher says which. */
  lastTag?: string;
  /** The repository to pull instead (`hashicorp/vault`). */
  replacement: string;
  /** One sentence: what happened, for the rule's message. */
  note: string;
}

/** A variant of the image selected by the container's role (`chatwoot` web vs its Sidekiq worker). */
export interface ImageRole {
  /** Matched against the container name and purpose (`sidekiq`, `worker`). */
  match: RegExp;
  command?: readonly string[];
  entrypoint?: readonly string[];
  /** The role serves no port: no healthcheck over HTTP, no routes. */
  ports?: readonly ImagePort[];
  healthcheck?: ImageHealthcheck | null;
}

/** Everything Bolt Lab knows about one well-known image. */
export interface ImageFacts {
  /** Catalogue id (`postgres`, `hashicorp-vault`); stable, used by rules and generators. */
  id: string;
  /** Repository paths it is published under, without registry host, tag or `library/` (`n8nio/n8n`). */
  repositories: readonly string[];
  /** What it is to the platform. */
  kind: 'database' | 'cache' | 'secret-store' | 'proxy' | 'app' | 'object-store' | 'monitoring' | 'web-server';
  /** Databases, caches and secret stores keep state: pinned to one node, one replica in Swarm. */
  stateful: boolean;
  /** The backend this image *is*, for clients to be wired to it. */
  serves?: BackendKind;
  /** Server-side env that creates the account and database clients use (`POSTGRES_USER` …). */
  serverEnv?: ConnectionEnv;
  /** Client-side env per backend it can use. */
  clientEnv?: Partial<Record<BackendKind, ConnectionEnv>>;
  /** Backends it cannot start without (Chatwoot needs PostgreSQL and Redis; n8n falls back to SQLite). */
  needs?: readonly BackendKind[];
  ports: readonly ImagePort[];
  /** The user the main process runs as (`postgres` via gosu, `1000`, `root` when the image sets none). */
  user?: string;
  /** Directories that hold state (declared `VOLUME`s or documented data paths). */
  dataDirs: readonly string[];
  /** Configuration files the image reads by default. */
  configFiles: readonly string[];
  /** Binaries on the image's PATH that a healthcheck may use (`pg_isready`, `wget` …). */
  tools: readonly string[];
  /** Tools that differ by tag (`alpine` variants ship BusyBox `wget` instead of `curl`). */
  toolsByTag?: readonly { match: RegExp; tools: readonly string[] }[];
  /** The check that passes when the service is up, using only `tools`; null when none can. */
  healthcheck: ImageHealthcheck | null;
  /** The HTTP path the image answers health probes on, when it has one. */
  healthPath?: string;
  /** Env the image refuses to start without (at least one of each inner list). */
  requiredEnv: readonly (readonly string[])[];
  /** Env it reads that Bolt Lab may set. */
  optionalEnv: readonly string[];
  /** Prefixes of env names it reads as settings (`GF_` for Grafana's `GF_<SECTION>_<KEY>`). */
  envPrefixes?: readonly string[];
  /** Env that holds secrets, with the `*_FILE` variants the image supports. */
  secretEnv: readonly SecretEnv[];
  /** Command to run when the image's default one does not start the service. */
  command?: readonly string[];
  entrypoint?: readonly string[];
  /** Linux capabilities the image wants. */
  capAdd?: readonly string[];
  roles?: readonly ImageRole[];
  /** Set when this repository is not (or no longer) published. */
  moved?: Moved;
  /** Tags from which some facts differ (`postgres` 18 moved its data directory). */
  byTag?: readonly { since: string; dataDirs?: readonly string[] }[];
}
