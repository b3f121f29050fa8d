/**
 * Wiring: what each inventory container needs from the spec to start, decided once from the image
 * catalogue and the spec's Database Schema, Secrets Management and inventory. The compose and
 * stack generators write it (`environment`, `env_file`, `depends_on`); the rules
 * `deploy/missing-required-env` and `deploy/added-env` report the keys it had to add.
 *
 * - A **data store** is an H3 of "Database Schema" with a `**Host:**` (`postgres:5432`); its kind
 *   comes from the title (`PostgreSQL (Odoo)` → postgres) and the words in its parentheses name the
 *   services that use it (`Odoo` → the `odoo` container).
 * - The **server** container of a store (its host is the container's name) gets the account and
 *   database it creates (`POSTGRES_USER`, `POSTGRES_DB`) as values and the password as a reference.
 * - A **client** (an image with client env for the store's kind that needs the backend or is named
 *   by the store) gets host, port, user, database as values and the password as a reference.
 * - Passwords are never values: `${KEY:?set it in .env.production}`. A key the spec lacks is added
 *   to `.env.example` with a placeholder and reported.
 * - A container reads the env file when it reads a spec key: one its image reads (catalogue env
 *   names and `*_FILE` variants, or an image's documented prefix such as `GF_`), or — the API
 *   container — every key.
 */
import type { RunMemo } from '../memo.js';
import type { Container, DataStore, Lock, Pos, SpecModel } from '../model/schema.js';
import { allContainers } from '../model/query.js';
import { atPositions, positionsBy } from '../model/positions.js';
import { compareVersions, factsFor, parseImageRef, roleOf, tagVersion } from './index.js';
import type { BackendKind, ImageFacts, ImageHealthcheck, ImagePort } from './types.js';

/** A data store of "Database Schema" that names a host. */
export interface StoreInfo {
  kind: BackendKind;
  title: string;
  host: string;
  port?: number | undefined;
  database?: string | undefined;
  user?: string | undefined;
  /** Lower-cased words of the title's parentheses (`odoo`). */
  named: string[];
  pos: Pos | undefined;
}

/** One environment variable the generator sets. */
export interface EnvSetting {
  name: string;
  /** A value (`postgres`, `odoo`) or a reference (`${POSTGRES_PASSWORD:?…}`). */
  value: string;
  /** The spec key a reference reads. */
  key?: string | undefined;
}

/** A key the outputs reference that the spec's Secrets Management lacks. */
export interface AddedKey {
  key: string;
  /** The container that reads it, and under which env name. */
  container: string;
  env: string;
  /** The image refuses to start without it (else it is needed for the wiring only). */
  required: boolean;
  /**
   * The spec does not list the key but reads it in another key's value (`SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD}`):
   * the spec names the variable, so no rule reports it; `.env.example` still gets it so the references resolve.
   */
  referenced: boolean;
  /** One clause: why it is needed (`postgres:15 refuses to initialise without a password`). */
  why: string;
  pos: Pos | undefined;
}

/** What one container gets. */
export interface ContainerWiring {
  container: Container;
  /** The image reference to run (versions.lock's pin first), undefined for free text. */
  image: string | undefined;
  /** Catalogue facts with the tag and the container's role applied; undefined for an unknown image. */
  facts: ImageFacts | undefined;
  environment: EnvSetting[];
  /** Spec keys it reads through the env file, in spec order. */
  reads: string[];
  /** It reads every key because it is the API container (the target of the Unified API host's route), not because its image reads them. */
  readsEvery: boolean;
  added: AddedKey[];
  /** Containers it connects to (database, cache), in the order found. */
  backends: string[];
  /** Where its settings came from, one line each, for the output's comment. */
  notes: string[];
}

const KIND_OF_TITLE: readonly [RegExp, BackendKind][] = [
  [/postgres/i, 'postgres'],
  [/redis|valkey/i, 'redis'],
  [/maria|mysql/i, 'mysql'],
];

/**
 * Password key names a spec may use for a backend, besides the server image's own name. A key may
 * carry a client's prefix (`ODOO_DB_PASSWORD`, `APP_POSTGRES_PASSWORD`): it counts for a store only
 * when the prefix names a client of that store (see `clientNames`), after the unprefixed names.
 */
const PASSWORD_KEYS: Record<BackendKind, RegExp> = {
  postgres: /^(?:DB|DATABASE|PG|POSTGRES(?:QL)?)_?PASS(?:WORD)?$/,
  mysql: /^(?:DB|DATABASE|MYSQL|MARIADB)_?PASS(?:WORD)?$/,
  redis: /^REDIS_PASS(?:WORD)?$/,
};
const KINDS = Object.keys(PASSWORD_KEYS) as BackendKind[];

/** The client prefix under which `key` is a password key of `kind` (`ODOO_DB_PASSWORD` → `ODOO`, `MY_APP_DB_PASSWORD` → `MY_APP`). */
function passwordPrefix(key: string, kind: BackendKind): string | undefined {
  for (let i = key.indexOf('_'); i > 0; i = key.indexOf('_', i + 1)) if (PASSWORD_KEYS[kind].test(key.slice(i + 1))) return key.slice(0, i);
  return undefined;
}

/** A name as a key prefix reads it: `odoo-db` → `ODOO_DB`, `chatwoot/chatwoot` → `CHATWOOT`. */
function asPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * Variables the spec's values read (`${POSTGRES_PASSWORD}`, `${ODOO_DB_PASSWORD:-}`, `$VAR`): the
 * spec names them as settings of the deployment, listed or not.
 */
export function referencedKeys(model: SpecModel): Set<string> {
  const names = new Set<string>();
  for (const k of model.secrets?.keys ?? []) for (const m of k.value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add((m[1] ?? m[2])!);
  return names;
}

/** The env file's name as the Secrets H3 gives it. */
export function envFileOf(model: SpecModel): string {
  const name = model.secrets?.envFile;
  return name && /^\.?[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name) ? name : '.env.production';
}

/** `${KEY:?set it in .env.production}`: Compose refuses to start without the value. */
export function reference(key: string, model: SpecModel): string {
  return `\${${key}:?set it in ${envFileOf(model)}}`;
}

/** Data stores with a host, in spec order. */
export function dataStores(model: SpecModel): StoreInfo[] {
  const stores: StoreInfo[] = [];
  for (const store of model.databases) {
    const kind = KIND_OF_TITLE.find(([re]) => re.test(store.title))?.[1];
    const field = (key: string): string | undefined => fieldOf(store, key);
    const hostText = field('host');
    if (!kind || !hostText) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*)(?::(\d{1,5}))?$/.exec(hostText);
    if (!m) continue;
    const words = [store.title, store.qualifier ?? ''].join(' ').match(/\(([^)]*)\)/g) ?? [];
    const named = [...words.join(' ').toLowerCase().matchAll(/[a-z0-9][a-z0-9_-]*/g)].map((w) => w[0]);
    if (store.qualifier) named.push(...(store.qualifier.toLowerCase().match(/[a-z0-9][a-z0-9_-]*/g) ?? []));
    stores.push({
      kind,
      title: store.title,
      host: m[1]!,
      port: m[2] ? Number(m[2]) : undefined,
      database: safeName(field('database')),
      user: safeName(field('user')),
      named,
      pos: store.pos,
    });
  }
  return stores;
}

function fieldOf(store: DataStore, key: string): string | undefined {
  return store.fields.find((f) => f.key.toLowerCase() === key)?.text.replace(/`/g, '').trim();
}

/** Account and database names are identifiers; anything else is not written into an output. */
function safeName(text: string | undefined): string | undefined {
  return text && /^[A-Za-z_][A-Za-z0-9_.-]{0,62}$/.test(text) ? text : undefined;
}

/** The image reference a container runs: versions.lock's pin, else the inventory's. */
export function imageOf(container: Container, lock: Lock | undefined, pins?: ReadonlyMap<string, Lock['images'][number]>): string | undefined {
  const pin = pins ? pins.get(container.name) : lock?.images.find((p) => p.service === container.name);
  if (pin) return `${pin.image}:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
  const { name, tag, digest } = container.image;
  if (!name) return undefined;
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** The catalogue facts of a container: its image's, with the tag's variant and the container's role applied. */
export function containerFacts(container: Container, lock: Lock | undefined, pins?: ReadonlyMap<string, Lock['images'][number]>): ImageFacts | undefined {
  const facts = factsFor(imageOf(container, lock, pins));
  if (!facts) return undefined;
  const role = roleOf(facts, container.name, container.purpose);
  if (!role) return facts;
  return {
    ...facts,
    ...(role.ports !== undefined ? { ports: role.ports } : {}),
    ...(role.healthcheck !== undefined ? { healthcheck: role.healthcheck } : {}),
    ...(role.command !== undefined ? { command: role.command } : {}),
    ...(role.entrypoint !== undefined ? { entrypoint: role.entrypoint } : {}),
    // A worker serves nothing: no HTTP health path either.
    ...(role.ports !== undefined && role.ports.length === 0 ? { healthPath: undefined } : {}),
  } as ImageFacts;
}

/** Why an image reference cannot be pulled, when the catalogue knows: the replacement and what happened. */
export function unpublished(ref: string | undefined): { replacement: string; note: string; lastTag?: string | undefined } | undefined {
  const facts = factsFor(ref);
  if (!ref || !facts?.moved) return undefined;
  const { tag } = parseImageRef(ref);
  const { lastTag, replacement, note } = facts.moved;
  // Without a known last tag the old tags may still be served: only the move is known, not the gap.
  if (lastTag === undefined) return undefined;
  const version = tagVersion(tag);
  const last = tagVersion(lastTag);
  if (!version || !last || compareVersions(version, last) <= 0) return undefined;
  return { replacement: `${replacement}${tag ? `:${tag}` : ''}`, note, lastTag };
}

/** Every env name an image reads (catalogue), for matching spec keys. */
function namesRead(facts: ImageFacts): Set<string> {
  const names = new Set<string>([...facts.requiredEnv.flat(), ...facts.optionalEnv]);
  for (const s of facts.secretEnv) {
    names.add(s.name);
    if (s.file) names.add(s.file);
  }
  for (const env of [facts.serverEnv, ...Object.values(facts.clientEnv ?? {})]) {
    if (!env) continue;
    for (const [k, v] of Object.entries(env)) if (k !== 'fixed' && typeof v === 'string') names.add(v);
    for (const k of Object.keys(env.fixed ?? {})) names.add(k);
  }
  return names;
}

/** The container behind the Unified API's host, if the routing table names one. */
export function apiContainerOf(model: SpecModel): string | undefined {
  const host = model.api?.host;
  if (!host) return undefined;
  return model.routing?.routes.find((r) => r.host === host && !r.external)?.target;
}

/**
 * The spec's keys as the wiring consults them, indexed once per run: for each kind, the first key
 * of its usual password names, and the first key under each client prefix (`ODOO` → `ODOO_DB_PASSWORD`);
 * the same for the names only read in values (`${ODOO_DB_PASSWORD}`).
 */
interface SpecKeys {
  keys: ReadonlySet<string>;
  referenced: ReadonlySet<string>;
  usual: Partial<Record<BackendKind, string>>;
  prefixed: Record<BackendKind, Map<string, number>>;
  read: Partial<Record<BackendKind, string>>;
  readPrefixed: Record<BackendKind, Map<string, number>>;
  /** Keys and read names in the order the prefixed maps number them. */
  order: string[];
}

function specKeysOf(model: SpecModel): SpecKeys {
  const keys = new Set((model.secrets?.keys ?? []).map((k) => k.key));
  const referenced = referencedKeys(model);
  const order = [...keys, ...[...referenced].filter((k) => !keys.has(k))];
  const at = new Map(order.map((k, i) => [k, i] as const));
  const spec: SpecKeys = { keys, referenced, usual: {}, read: {}, order, prefixed: { postgres: new Map(), mysql: new Map(), redis: new Map() }, readPrefixed: { postgres: new Map(), mysql: new Map(), redis: new Map() } };
  const index = (names: Iterable<string>, usual: Partial<Record<BackendKind, string>>, prefixed: Record<BackendKind, Map<string, number>>): void => {
    for (const k of names) {
      for (const kind of KINDS) {
        if (PASSWORD_KEYS[kind].test(k)) usual[kind] ??= k;
        const prefix = passwordPrefix(k, kind);
        if (prefix !== undefined && !prefixed[kind].has(prefix)) prefixed[kind].set(prefix, at.get(k)!);
      }
    }
  };
  index(keys, spec.usual, spec.prefixed);
  index(referenced, spec.read, spec.readPrefixed);
  return spec;
}

/**
 * The first key (in `spec.order`) under one of `clients`' prefixes, from `byPrefix`: a prefixed
 * password key counts only for a store its prefix names a client of (`ODOO_DB_PASSWORD` is not
 * WordPress's MariaDB password).
 */
function clientKey(byPrefix: ReadonlyMap<string, number>, clients: ReadonlySet<string> | undefined, order: readonly string[]): string | undefined {
  let best: number | undefined;
  for (const name of clients ?? []) {
    const at = byPrefix.get(name);
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best === undefined ? undefined : order[best];
}

/**
 * The password key of a store: the spec's key by the server image's name or a usual name, else one
 * with the prefix of a client of the store (`clients`, as `asPrefix` writes them), else the name to add.
 */
function passwordKey(kind: BackendKind, server: ImageFacts | undefined, spec: SpecKeys, clients: ReadonlySet<string> | undefined, externalHost?: string): { key: string; inSpec: boolean } | undefined {
  const own = server?.serverEnv?.password;
  if (own && spec.keys.has(own)) return { key: own, inSpec: true };
  const usual = spec.usual[kind] ?? clientKey(spec.prefixed[kind], clients, spec.order);
  if (usual) return { key: usual, inSpec: true };
  // Read by another key's value only (`SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD}`): the spec's name, added to .env.example unreported.
  const read = own && spec.referenced.has(own) ? own : (spec.read[kind] ?? clientKey(spec.readPrefixed[kind], clients, spec.order));
  if (read) return { key: read, inSpec: false };
  if (kind === 'redis') return undefined; // the redis image runs without a password unless told to
  // A database outside the inventory has its own password: named after its host (`reports.db.internal` → `REPORTS_PASSWORD`).
  if (externalHost) return { key: `${externalHost.split('.')[0]!.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_PASSWORD`, inSpec: false };
  return { key: own ?? (kind === 'postgres' ? 'POSTGRES_PASSWORD' : 'MYSQL_PASSWORD'), inSpec: false };
}

/**
 * Which spec keys (by position in the Secrets table, duplicates kept) a container reads: the names
 * its image reads, looked up, and every key under one of its prefixes (each prefix scanned once).
 */
function keyReader(specOrder: readonly string[]): (names: ReadonlySet<string>, prefixes: readonly string[]) => string[] {
  const at = positionsBy(specOrder, (k) => [k]);
  const underPrefix = new Map<string, number[]>();
  const prefixed = (p: string): number[] => {
    let found = underPrefix.get(p);
    if (!found) underPrefix.set(p, (found = specOrder.flatMap((k, i) => (k.startsWith(p) ? [i] : []))));
    return found;
  };
  return (names, prefixes) => {
    return atPositions(specOrder, ...[...names].map((n) => at.get(n)), ...prefixes.map(prefixed));
  };
}

/** A client's connection to a store (or, when the Database Schema names none, to its tier's server). */
interface Link {
  kind: BackendKind;
  env: NonNullable<NonNullable<ImageFacts['clientEnv']>[BackendKind]>;
  store: StoreInfo | undefined;
  server: string;
}

/** The names a key prefix may give a container: its own, its image's catalogue id and repository (`ODOO`, `CHATWOOT`). */
function prefixNames(c: Container, facts: ImageFacts | undefined): string[] {
  const names = [asPrefix(c.name)];
  if (facts) names.push(asPrefix(facts.id));
  const repo = c.image.name?.split('/').at(-1);
  if (repo) names.push(asPrefix(repo));
  return names.filter(Boolean);
}

/**
 * Who connects to what, decided before the wiring so a server knows its clients: each client's
 * links (a store that names it or its image, else — when the image needs that backend — the
 * first store of the kind, else its tier's first server), and for each server (`kind\0host`) the
 * prefix names of its clients: the containers linked to it and the words in its stores'
 * parentheses (with the containers of those names). One pass over containers and stores.
 */
function connections(
  byName: ReadonlyMap<string, Container>,
  factsByName: ReadonlyMap<string, ImageFacts | undefined>,
  stores: readonly StoreInfo[],
  tierServer: ReadonlyMap<string, string>,
): { links: Map<string, Link[]>; clients: Map<string, Set<string>> } {
  const firstOfKind = new Map<BackendKind, StoreInfo>();
  const naming = new Map<string, number>();
  stores.forEach((s, i) => {
    if (!firstOfKind.has(s.kind)) firstOfKind.set(s.kind, s);
    for (const w of s.named) if (!naming.has(`${s.kind}\0${w}`)) naming.set(`${s.kind}\0${w}`, i);
  });
  const clients = new Map<string, Set<string>>();
  const clientsOf = (kind: BackendKind, server: string): Set<string> => {
    let set = clients.get(`${kind}\0${server}`);
    if (!set) clients.set(`${kind}\0${server}`, (set = new Set()));
    return set;
  };
  const links = new Map<string, Link[]>();
  for (const c of byName.values()) {
    const facts = factsByName.get(c.name);
    const found: Link[] = [];
    for (const [kind, env] of Object.entries(facts?.clientEnv ?? {}) as [BackendKind, Link['env'] | undefined][]) {
      if (!env || !facts) continue;
      const needed = facts.needs?.includes(kind) ?? false;
      const at = [naming.get(`${kind}\0${c.name.toLowerCase()}`), naming.get(`${kind}\0${facts.id}`)].filter((i) => i !== undefined);
      const store = at.length > 0 ? stores[Math.min(...at)] : needed ? firstOfKind.get(kind) : undefined;
      const server = store?.host ?? (needed ? tierServer.get(`${c.tier}\0${kind}`) : undefined);
      if (!server || server === c.name) continue;
      found.push({ kind, env, store, server });
      for (const n of prefixNames(c, facts)) clientsOf(kind, server).add(n);
    }
    if (found.length > 0) links.set(c.name, found);
  }
  const byLower = new Map<string, Container>();
  for (const c of byName.values()) if (!byLower.has(c.name.toLowerCase())) byLower.set(c.name.toLowerCase(), c);
  for (const s of stores) {
    const set = clientsOf(s.kind, s.host);
    for (const w of s.named) {
      set.add(asPrefix(w));
      const named = byLower.get(w);
      if (named && named.name !== s.host) for (const n of prefixNames(named, factsByName.get(named.name))) set.add(n);
    }
  }
  return { links, clients };
}

/**
 * The wiring of every non-deprecated container of the model, by name (first of a name wins).
 * With a run's `memo`, computed once per model and lock in that run (the deploy rules, the compose,
 * stack and env-example generators all ask).
 */
export function wiring(model: SpecModel, lock: Lock | undefined, memo?: RunMemo): Map<string, ContainerWiring> {
  if (!memo) return computeWiring(model, lock);
  const byLock = memo.get(model, 'wiring', () => new Map<Lock | undefined, Map<string, ContainerWiring>>());
  let found = byLock.get(lock);
  if (!found) byLock.set(lock, (found = computeWiring(model, lock)));
  return found;
}

function computeWiring(model: SpecModel, lock: Lock | undefined): Map<string, ContainerWiring> {
  const containers = allContainers(model).filter((c) => c.status !== 'deprecated');
  const byName = new Map<string, Container>();
  for (const c of containers) if (!byName.has(c.name)) byName.set(c.name, c);
  const spec = specKeysOf(model);
  const specKeys = spec.keys;
  const referenced = spec.referenced;
  const specOrder = (model.secrets?.keys ?? []).map((k) => k.key);
  const readsOf = keyReader(specOrder);
  // The entry that reports each added key, and the wiring that holds it.
  const addedBy = new Map<string, { entry: AddedKey; owner: ContainerWiring }>();
  const stores = dataStores(model);
  const api = apiContainerOf(model);
  // The first pin of a service wins, as `find` does.
  const pins = new Map<string, Lock['images'][number]>();
  for (const pin of lock?.images ?? []) if (!pins.has(pin.service)) pins.set(pin.service, pin);
  const factsByName = new Map([...byName.values()].map((c) => [c.name, containerFacts(c, lock, pins)] as const));
  // The first server of each kind in each tier, for a client the Database Schema names no store for.
  const tierServer = new Map<string, string>();
  for (const o of containers) {
    const kind = factsByName.get(o.name)?.serves;
    if (kind && !tierServer.has(`${o.tier}\0${kind}`)) tierServer.set(`${o.tier}\0${kind}`, o.name);
  }
  const { links, clients } = connections(byName, factsByName, stores, tierServer);
  const storeOf = new Map<string, StoreInfo>();
  for (const s of stores) if (!storeOf.has(`${s.kind}\0${s.host}`)) storeOf.set(`${s.kind}\0${s.host}`, s);
  // What the env file gives each key (the last line wins, as Compose reads it), and how many servers
  // read each account/database name the Database Schema states: one key cannot create two accounts.
  const specValue = new Map((model.secrets?.keys ?? []).map((k) => [k.key, k.value] as const));
  const statedByServers = new Map<string, number>();
  for (const c of byName.values()) {
    const facts = factsByName.get(c.name);
    const own = facts?.serves ? storeOf.get(`${facts.serves}\0${c.name}`) : undefined;
    if (!own || !facts?.serverEnv) continue;
    for (const [name, value] of [[facts.serverEnv.user, own.user], [facts.serverEnv.database, own.database]] as const) {
      if (name && value) statedByServers.set(name, (statedByServers.get(name) ?? 0) + 1);
    }
  }
  const result = new Map<string, ContainerWiring>();

  for (const c of byName.values()) {
    const facts = factsByName.get(c.name);
    const w: ContainerWiring = { container: c, image: imageOf(c, lock, pins), facts, environment: [], reads: [], readsEvery: false, added: [], backends: [], notes: [] };
    const overrides: { name: string; differs: boolean }[] = [];
    const set = (name: string, value: string, key?: string): void => {
      if (w.environment.some((e) => e.name === name)) return;
      // A key of the same name in the spec reaches the container through the env file: the spec wins.
      if (specKeys.has(name)) return;
      w.environment.push({ name, value, ...(key ? { key } : {}) });
    };
    /**
     * A name and value the Database Schema states (an account, a database). When the env file's
     * key of that name says otherwise, or is read by more than one server (two PostgreSQL servers
     * and one `POSTGRES_USER`), the stated value goes to `environment:`, which Compose applies
     * over `env_file:` (https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/):
     * else the server would create the env file's account and its clients could not log in.
     */
    const state = (name: string, value: string, server: boolean): void => {
      if (w.environment.some((e) => e.name === name)) return;
      if (specKeys.has(name)) {
        const differs = specValue.get(name) !== value;
        if (!differs && (!server || (statedByServers.get(name) ?? 0) < 2)) return;
        overrides.push({ name, differs });
      }
      w.environment.push({ name, value });
    };
    const secret = (env: string, key: string, inSpec: boolean, required: boolean, why: string): void => {
      if (specKeys.has(env)) return;
      set(env, reference(key, model), key);
      if (inSpec) return;
      const entry: AddedKey = { key, container: c.name, env, required, referenced: referenced.has(key), why, pos: c.image.pos ?? c.pos };
      const earlier = addedBy.get(key);
      // One entry per key; an image that refuses to start without it outranks a client that only connects with it.
      if (earlier && (earlier.entry.required || !required)) return;
      if (earlier) earlier.owner.added.splice(earlier.owner.added.indexOf(earlier.entry), 1);
      addedBy.set(key, { entry, owner: w });
      w.added.push(entry);
    };

    if (facts) {
      // Server side: the store whose host is this container.
      const own = facts.serves ? storeOf.get(`${facts.serves}\0${c.name}`) : undefined;
      if (own && facts.serverEnv) {
        if (own.user && facts.serverEnv.user) state(facts.serverEnv.user, own.user, true);
        if (own.database && facts.serverEnv.database) state(facts.serverEnv.database, own.database, true);
        const group = facts.requiredEnv.find((g) => facts.serverEnv!.password !== undefined && g.includes(facts.serverEnv!.password));
        const satisfied = group?.some((n) => specKeys.has(n)) ?? false;
        const pw = passwordKey(own.kind, facts, spec, clients.get(`${own.kind}\0${c.name}`));
        if (pw && facts.serverEnv.password && !satisfied) secret(facts.serverEnv.password, pw.key, pw.inSpec, group !== undefined, `\`${w.image}\` refuses to initialise without it`);
        w.notes.push(`${[facts.serverEnv.user, facts.serverEnv.database, facts.serverEnv.password].filter((n) => n && w.environment.some((e) => e.name === n)).join(', ') || 'nothing'} from Database Schema "${own.title}"`);
      }
      // A server no store describes: its password from the spec's usual key (`PG_PASSWORD`), when there is one.
      if (!own && facts.serves && facts.serverEnv?.password) {
        const pwEnv = facts.serverEnv.password;
        const group = facts.requiredEnv.find((g) => g.includes(pwEnv));
        const pw = passwordKey(facts.serves, facts, spec, clients.get(`${facts.serves}\0${c.name}`));
        if (group && !group.some((n) => specKeys.has(n)) && pw && (pw.inSpec || referenced.has(pw.key))) {
          secret(pwEnv, pw.key, pw.inSpec, true, `\`${w.image}\` refuses to initialise without it`);
          w.notes.push(`${pwEnv} from the spec's \`${pw.key}\``);
        }
      }
      // Client side: stores of a kind the image can use, when it needs one or the store names it.
      for (const { kind, env, store, server: serverName } of links.get(c.name) ?? []) {
        const serverFacts = factsByName.get(serverName);
        const port = store?.port ?? serverFacts?.ports[0]?.container;
        const before = w.environment.length;
        if (env.host) set(env.host, serverName);
        if (env.port && port !== undefined) set(env.port, String(port));
        if (env.user && store?.user) state(env.user, store.user, false);
        if (env.database && store?.database) state(env.database, store.database, false);
        if (env.url) set(env.url, `${kind === 'redis' ? 'redis' : kind}://${serverName}${port !== undefined ? `:${port}` : ''}`);
        for (const [k, v] of Object.entries(env.fixed ?? {})) set(k, v);
        const pw = env.password ? passwordKey(kind, serverFacts, spec, clients.get(`${kind}\0${serverName}`), byName.has(serverName) ? undefined : serverName) : undefined;
        if (pw && env.password) secret(env.password, pw.key, pw.inSpec, false, `\`${c.name}\` connects to \`${serverName}\` with it`);
        if (byName.has(serverName) && !w.backends.includes(serverName)) w.backends.push(serverName);
        const names = w.environment.slice(before).map((e) => e.name);
        if (names.length > 0) w.notes.push(`${names.join(', ')}: ${kind} at \`${serverName}\`${store ? ` (Database Schema "${store.title}")` : ' (the tier\'s only server; the spec names none)'}`);
      }
      // What the image refuses to start without.
      for (const group of facts.requiredEnv) {
        if (group.some((n) => specKeys.has(n) || w.environment.some((e) => e.name === n))) continue;
        secret(group[0]!, group[0]!, false, true, `\`${w.image}\` refuses to start without ${group.length > 1 ? `one of ${group.map((n) => `\`${n}\``).join(', ')}` : 'it'}`);
      }
    }

    for (const differs of [true, false]) {
      const names = overrides.filter((o) => o.differs === differs).map((o) => o.name);
      if (names.length > 0) w.notes.push(`${names.join(', ')} set over the env file's key${names.length > 1 ? 's' : ''} of the same name (${differs ? 'which gives another value' : 'which another server reads too'})`);
    }
    // The env file: when the container reads a spec key.
    const readable = facts ? namesRead(facts) : new Set<string>();
    const prefixes = facts?.envPrefixes ?? [];
    w.readsEvery = c.name === api;
    w.reads = w.readsEvery ? [...specOrder] : readsOf(readable, prefixes);
    result.set(c.name, w);
  }
  return result;
}

/** The port a catalogue healthcheck probes: the image's first port of that role, else the container's first. */
export function healthPort(facts: ImageFacts, container: Container): number | undefined {
  const http = facts.ports.find((p: ImagePort) => p.protocol === 'tcp');
  return http?.container ?? container.ports[0]?.container;
}

/** A healthcheck's command with `{port}` filled in. */
export function healthTest(check: ImageHealthcheck, port: number | undefined): string[] {
  return check.test.map((part) => part.replace('{port}', String(port ?? '')));
}
