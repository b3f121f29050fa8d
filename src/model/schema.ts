/**
 * The SpecModel: zod schemas are the single source of truth for the typed model of a spec.
 * `schemas/model.schema.json` is generated from these (see `scripts/gen-schemas.ts`), and a test
 * fails when it is stale.
 *
 * Conventions:
 * - every entity carries `pos` (the text it came from); positions are optional so that rules can be
 *   re-run on a model with positions stripped;
 * - markdown-bearing strings (`md`) hold the inline Markdown source as written (after the
 *   extractor's normalisation), so that the snapshot renderer can write them back losslessly;
 * - no secret value ever enters the model: specs are redacted where they are loaded (literal secrets
 *   read as `•••••`), and extraction flags them with `literal` (see `src/model/secret-values.ts`).
 */
import { z } from 'zod';

/** A source range: `file` relative to the working directory, 1-based lines and columns. */
export const Pos = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
});
export type Pos = z.infer<typeof Pos>;

const pos = Pos.optional();

/** `**Key:** value` (or `Key: value`) bullet or line. `value` is inline Markdown, `text` plain. */
export const KeyValue = z.object({
  key: z.string(),
  value: z.string(),
  text: z.string(),
  pos,
  valuePos: pos,
});
export type KeyValue = z.infer<typeof KeyValue>;

/** A list item: its inline Markdown and nested lists. */
export interface ListItem {
  md: string;
  pos?: Pos | undefined;
  children?: List | undefined;
}
/** An ordered or bullet list. */
export interface List {
  ordered: boolean;
  start?: number | undefined;
  items: ListItem[];
}
export const ListItem: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ md: z.string(), pos, children: List.optional() }),
);
export const List: z.ZodType<List> = z.lazy(() =>
  z.object({ ordered: z.boolean(), start: z.number().int().optional(), items: z.array(ListItem) }),
);

/** A shell command under a `# comment` title inside a bash block. */
export const Command = z.object({
  title: z.string().optional(),
  lines: z.array(z.string()),
  pos,
});
export type Command = z.infer<typeof Command>;

/** A content block inside a procedure group (deployment, backup, maintenance). */
export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), md: z.string(), pos }),
  z.object({ type: z.literal('list'), list: List, pos }),
  z.object({
    type: z.literal('code'),
    lang: z.string().optional(),
    code: z.string(),
    commands: z.array(Command),
    pos,
  }),
]);
export type Block = z.infer<typeof Block>;

/** An H3 group of blocks; `qualifier` is the trailing `(`install.sh`)` or `(Planned)` of the title. */
export const Group = z.object({
  title: z.string(),
  qualifier: z.string().optional(),
  planned: z.boolean(),
  blocks: z.array(Block),
  pos,
});
export type Group = z.infer<typeof Group>;

export const Header = z.object({
  name: z.string(),
  title: z.string().optional(),
  fields: z.array(KeyValue),
  version: z.string().optional(),
  date: z.string().optional(),
  purpose: z.string().optional(),
  pos,
});
export type Header = z.infer<typeof Header>;

export const Footer = z.object({
  fields: z.array(KeyValue),
  lastUpdated: z.string().optional(),
  maintainedBy: z.string().optional(),
  license: z.string().optional(),
  pos,
});
export type Footer = z.infer<typeof Footer>;

export const StackItem = z.object({
  name: z.string(),
  description: z.string(),
  /**
   * Set on the first item of each stack list: how many `intro` paragraphs of its section come
   * between the previous list (or the section start) and this list, so that the section's block
   * order can be written back. Items without it continue the list before them.
   */
  paragraphsBefore: z.number().int().optional(),
  pos,
});
export type StackItem = z.infer<typeof StackItem>;
/** Intro paragraphs and stack bullets; `paragraphsBefore` on stack items records their order. */
export const Overview = z.object({
  intro: z.array(z.string()),
  stack: z.array(StackItem),
  pos,
});
export type Overview = z.infer<typeof Overview>;

export const ServiceStatus = z.enum(['running', 'planned', 'pending', 'stopped', 'deprecated']);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

/** `name[:tag][@sha256:…]`, or free text (`Custom (Python 3.12)`) for a locally built image. */
export const ImageRef = z.object({
  raw: z.string(),
  name: z.string().optional(),
  tag: z.string().optional(),
  digest: z.string().optional(),
  /** Set for a locally built image: the text inside `Custom (…)`, or the whole free text. */
  custom: z.string().optional(),
  pos,
});
export type ImageRef = z.infer<typeof ImageRef>;

export const PortMapping = z.object({
  raw: z.string(),
  /** Published host port; equals `container` for a bare `P`. */
  host: z.number().int(),
  container: z.number().int(),
  protocol: z.enum(['tcp', 'udp']),
  pos,
});
export type PortMapping = z.infer<typeof PortMapping>;

export const Container = z.object({
  name: z.string(),
  namePos: pos,
  image: ImageRef,
  ports: z.array(PortMapping),
  portsPos: pos,
  purpose: z.string(),
  status: ServiceStatus,
  statusPos: pos,
  tier: z.string(),
  /** Extra table columns, by header text, as inline Markdown; empty and missing cells are absent. */
  extra: z.record(z.string(), z.string()),
  pos,
});
export type Container = z.infer<typeof Container>;

export const Tier = z.object({
  /** `production`, `lab`, or a slug of the title. */
  id: z.string(),
  title: z.string(),
  /** The trailing `(…)` of the H3 title, as inline Markdown. */
  qualifier: z.string().optional(),
  /** Column headers in the order written. */
  columns: z.array(z.string()),
  containers: z.array(Container),
  pos,
});
export type Tier = z.infer<typeof Tier>;

export const Route = z.object({
  host: z.string(),
  hostPos: pos,
  via: z.string(),
  /** Container name or external host. */
  target: z.string(),
  port: z.number().int().optional(),
  targetPos: pos,
  /** A target with a dot and no port: an external host. */
  external: z.boolean(),
  planned: z.boolean(),
  /** Parenthesised notes other than `planned`, e.g. `Next.js`. */
  note: z.string().optional(),
  group: z.string(),
  pos,
});
export type Route = z.infer<typeof Route>;

export const Upstream = z.object({
  raw: z.string(),
  scheme: z.string().optional(),
  host: z.string(),
  port: z.number().int().optional(),
  /** The directive naming it when not `reverse_proxy` (`php_fastcgi`, `forward_auth`). */
  directive: z.string().optional(),
  pos,
});
export type Upstream = z.infer<typeof Upstream>;

/**
 * A Caddyfile token as Caddy's lexer reads it: `text` is the value (quotes removed, `\"`
 * unescaped, a heredoc's indentation stripped), `quote` how it was written (`"`, `` ` `` or `<` for a
 * heredoc); an unquoted `{` or `}` is a brace.
 */
export const CaddyToken = z.object({ text: z.string(), quote: z.enum(['"', '`', '<']).optional(), pos });
export type CaddyToken = z.infer<typeof CaddyToken>;

/**
 * One line of a Caddyfile block (a directive, subdirective, matcher or `import`) with the block it
 * opens, or a whole-line comment (`tokens` empty). `blank` marks an empty line before it.
 */
export interface CaddySegment {
  tokens: CaddyToken[];
  block?: CaddySegment[] | undefined;
  comment?: string | undefined;
  blank?: boolean | undefined;
  pos?: Pos | undefined;
}
export const CaddySegment: z.ZodType<CaddySegment> = z.lazy(() =>
  z.object({ tokens: z.array(CaddyToken), block: z.array(CaddySegment).optional(), comment: z.string().optional(), blank: z.boolean().optional(), pos }),
);

export const CaddySite = z.object({
  addresses: z.array(z.string()),
  /** Where each address is written (parallel to `addresses`). */
  addressPos: z.array(Pos).optional(),
  /** Every upstream of the site (imports of snippets expanded), with the position it is written at. */
  upstreams: z.array(Upstream),
  /** The site body, verbatim (dedented), for directives other than `reverse_proxy`. */
  body: z.array(z.string()),
  /** The site body as Caddy reads it: one segment per directive line, nested blocks kept. */
  block: z.array(CaddySegment).optional(),
  pos,
});
export type CaddySite = z.infer<typeof CaddySite>;

/** A snippet `(name) { … }` (or a named route `&(name) { … }`) of the Caddyfile block: not a site. */
export const CaddySnippet = z.object({ name: z.string(), route: z.boolean().optional(), block: z.array(CaddySegment), pos });
export type CaddySnippet = z.infer<typeof CaddySnippet>;

export const Caddyfile = z.object({
  title: z.string(),
  /** The trailing `(…)` of the H3 title, as inline Markdown. */
  qualifier: z.string().optional(),
  path: z.string().optional(),
  code: z.string(),
  /** The global options block `{ … }` (the first block, without addresses): not a site. */
  global: z.array(CaddySegment).optional(),
  snippets: z.array(CaddySnippet).optional(),
  /** Top-level `import` lines (files or snippets holding whole sites), kept as written. */
  imports: z.array(CaddySegment).optional(),
  sites: z.array(CaddySite),
  pos,
});
export type Caddyfile = z.infer<typeof Caddyfile>;

/** A `# comment` line of a routing block, written before the group's route number `before` (0-based). */
export const RouteComment = z.object({ text: z.string(), before: z.number().int(), pos });
export type RouteComment = z.infer<typeof RouteComment>;

/** An H3 group of routes; its routes are the `routes` whose `group` is its title. */
export const RouteGroup = z.object({
  title: z.string(),
  /** The trailing `(…)` of the H3 title, as inline Markdown. */
  qualifier: z.string().optional(),
  /** `# comment` lines of the group's code blocks, in order. */
  comments: z.array(RouteComment).optional(),
  pos,
});
export type RouteGroup = z.infer<typeof RouteGroup>;

export const Routing = z.object({
  groups: z.array(RouteGroup),
  routes: z.array(Route),
  caddyfile: Caddyfile.optional(),
  pos,
});
export type Routing = z.infer<typeof Routing>;

export const TreeEntry = z.object({
  depth: z.number().int(),
  name: z.string(),
  comment: z.string().optional(),
  pos,
});
export const DirectoryTree = z.object({
  title: z.string(),
  qualifier: z.string().optional(),
  code: z.string(),
  entries: z.array(TreeEntry),
  pos,
});
export type DirectoryTree = z.infer<typeof DirectoryTree>;

export const DbTable = z.object({
  name: z.string(),
  description: z.string(),
  planned: z.boolean(),
  pos,
});
export const DataStore = z.object({
  title: z.string(),
  /** The trailing `(…)` of the H3 title, as inline Markdown. */
  qualifier: z.string().optional(),
  fields: z.array(KeyValue),
  tables: z.array(DbTable),
  /** The key the table list hangs under (`Tables`); set only when at least one table was read. */
  tablesKey: z.string().optional(),
  pos,
});
export type DataStore = z.infer<typeof DataStore>;

export const Endpoint = z.object({
  /** Explicit method prefix from the spec (`POST /path`), if any. */
  method: z.string().optional(),
  path: z.string(),
  category: z.string(),
  pos,
});
export type Endpoint = z.infer<typeof Endpoint>;

export const ApiCategory = z.object({ name: z.string(), endpoints: z.array(Endpoint), pos });
export type ApiCategory = z.infer<typeof ApiCategory>;

export const Api = z.object({
  title: z.string(),
  host: z.string().optional(),
  version: z.string().optional(),
  versionPos: pos,
  categories: z.array(ApiCategory),
  registry: z
    .object({ method: z.string(), path: z.string(), pos })
    .optional(),
  /** "N tools across M categories". */
  claim: z
    .object({ tools: z.number().int(), categories: z.number().int(), md: z.string(), pos })
    .optional(),
  pos,
});
export type Api = z.infer<typeof Api>;

export const SecretKey = z.object({
  key: z.string(),
  /** The value as read from the redacted spec: a placeholder, a reference, a setting, or a masked literal (`•••••`, `sk_live_•••`). */
  value: z.string(),
  /** The value is a placeholder (`***`, `eyJ...`) or a reference (`${VAR}`, `/run/secrets/x`). */
  placeholder: z.boolean(),
  /** The key names a credential (`*PASSWORD*`, `*SECRET*`, `*TOKEN*`, `*_API_KEY` …; see `isSensitiveKey`). */
  sensitive: z.boolean(),
  /** Set when the spec held a literal secret (masked in `value`): what it looked like (`a JWT`, `a literal credential`). */
  literal: z.string().optional(),
  /** An inline comment after the value (`KEY=*** # from Vault`), without its `#`. */
  comment: z.string().optional(),
  group: z.string(),
  pos,
  valuePos: pos,
});
export type SecretKey = z.infer<typeof SecretKey>;

export const Secrets = z.object({
  title: z.string(),
  /** `.env.production` from the H3 title. */
  envFile: z.string().optional(),
  groups: z.array(z.object({ name: z.string(), pos })),
  keys: z.array(SecretKey),
  vault: z
    .object({ title: z.string(), qualifier: z.string().optional(), planned: z.boolean(), fields: z.array(KeyValue), pos })
    .optional(),
  pos,
});
export type Secrets = z.infer<typeof Secrets>;

export const HealthUrl = z.object({ url: z.string(), description: z.string(), pos });
export type HealthUrl = z.infer<typeof HealthUrl>;

export const Monitoring = z.object({
  healthTitle: z.string().optional(),
  /** The qualifier of the health H3's title (`healthTitle`'s). */
  healthQualifier: z.string().optional(),
  healthUrls: z.array(HealthUrl),
  expectedHealth: z
    .object({ title: z.string(), qualifier: z.string().optional(), json: z.record(z.string(), z.unknown()), code: z.string(), pos })
    .optional(),
  observability: z
    .object({
      title: z.string(),
      qualifier: z.string().optional(),
      planned: z.boolean(),
      items: z.array(z.object({ name: z.string(), purpose: z.string(), pos })),
      pos,
    })
    .optional(),
  pos,
});
export type Monitoring = z.infer<typeof Monitoring>;

export const ToolExample = z.object({
  /** Tool name as written (`odoo.search_read`). */
  tool: z.string(),
  /** Arguments parsed as JSON when they are JSON; otherwise absent. */
  args: z.record(z.string(), z.unknown()).optional(),
  pos,
});
export type ToolExample = z.infer<typeof ToolExample>;

export const Mcp = z.object({
  mount: z
    .object({
      title: z.string(),
      qualifier: z.string().optional(),
      fields: z.array(KeyValue),
      endpoint: z.string().optional(),
      autoTools: z.string().optional(),
      registry: z.string().optional(),
      pos,
    })
    .optional(),
  toolCategories: z
    .object({
      title: z.string(),
      qualifier: z.string().optional(),
      counts: z.array(z.object({ category: z.string(), count: z.number().int(), pos })),
      pos,
    })
    .optional(),
  usage: z
    .object({ title: z.string(), qualifier: z.string().optional(), lang: z.string().optional(), code: z.string(), examples: z.array(ToolExample), pos })
    .optional(),
  pos,
});
export type Mcp = z.infer<typeof Mcp>;

export const RequirementProfile = z.object({
  /** `minimum`, `recommended`, or a slug of the title. */
  id: z.string(),
  title: z.string(),
  /** The trailing `(…)` of the H3 title, as inline Markdown. */
  qualifier: z.string().optional(),
  items: z.array(KeyValue),
  pos,
});
export type RequirementProfile = z.infer<typeof RequirementProfile>;

export const Regions = z.object({
  groups: z.array(Group),
  domains: z.array(z.object({ domain: z.string(), raw: z.string(), pos })),
  pos,
});
export type Regions = z.infer<typeof Regions>;

export const ChangelogEntry = z.object({
  version: z.string(),
  date: z.string().optional(),
  /** The `(YYYY-MM-DD)` text of the heading. */
  datePos: pos,
  items: z.array(z.object({ md: z.string(), pos })),
  pos,
});
export type ChangelogEntry = z.infer<typeof ChangelogEntry>;

export const PendingTask = z.object({ title: z.string(), description: z.string(), pos });
export type PendingTask = z.infer<typeof PendingTask>;

/** Known section ids, in the order DESIGN.md lists them. */
export const SectionId = z.enum([
  'overview',
  'inventory',
  'routing',
  'directory',
  'database',
  'api',
  'secrets',
  'deployment',
  'backup',
  'monitoring',
  'mcp',
  'maintenance',
  'requirements',
  'regions',
  'changelog',
  'pending',
  'support',
]);
export type SectionId = z.infer<typeof SectionId>;

/** An H2 section as written: its id (null for unknown), heading text, and verbatim body for unknown ones. */
export const SectionRef = z.object({
  id: SectionId.nullable(),
  /** Heading as written, Markdown included (`🐳 Container Inventory`). */
  heading: z.string(),
  /** Unknown sections only: the body verbatim. */
  body: z.string().optional(),
  pos,
});
export type SectionRef = z.infer<typeof SectionRef>;

/**
 * An inline suppression comment (`<!-- bolt-disable-next-line RULE -- reason -->`, `bolt-disable`,
 * `bolt-enable`; docs/fixing.md). `section` and `anchor` place it again when the spec is rendered:
 * the heading of its section (null before the first H2) and the whitespace-normalized text of the
 * line it stands before (after, for `enable`).
 */
export const Suppression = z.object({
  kind: z.enum(['disable-next-line', 'disable', 'enable']),
  rules: z.array(z.string()),
  reason: z.string().optional(),
  section: z.string().nullable(),
  anchor: z.string().optional(),
  pos,
});
export type Suppression = z.infer<typeof Suppression>;

export const SpecModel = z.object({
  /** Spec files read, relative to the working directory, in merge order. */
  files: z.array(z.string()),
  header: Header.optional(),
  sections: z.array(SectionRef),
  overview: Overview.optional(),
  inventory: z.object({ tiers: z.array(Tier), pos }).optional(),
  routing: Routing.optional(),
  directories: z.array(DirectoryTree),
  databases: z.array(DataStore),
  api: Api.optional(),
  secrets: Secrets.optional(),
  deployment: z.array(Group),
  backup: z.array(Group),
  monitoring: Monitoring.optional(),
  mcp: Mcp.optional(),
  maintenance: z.array(Group),
  requirements: z.array(RequirementProfile),
  regions: Regions.optional(),
  changelog: z.array(ChangelogEntry),
  pending: z.array(PendingTask),
  support: z.array(KeyValue),
  footer: Footer.optional(),
  /** Inline suppression comments, in file order (absent when there are none). */
  suppressions: z.array(Suppression).optional(),
});
export type SpecModel = z.infer<typeof SpecModel>;

/** An image pin in versions.lock. */
export const LockImage = z.object({
  service: z.string(),
  image: z.string(),
  tag: z.string(),
  digest: z.string().optional(),
  /** The entry's key (`postgres:`). */
  pos,
  imagePos: pos,
  tagPos: pos,
  digestPos: pos,
});
export type LockImage = z.infer<typeof LockImage>;

/** versions.lock, as loaded (validated against `schemas/versions.lock.schema.json`). */
export const Lock = z.object({
  file: z.string(),
  schema: z.number().int(),
  os: z.object({ name: z.string(), version: z.string(), pos }).optional(),
  runtime: z.record(z.string(), z.string()).optional(),
  images: z.array(LockImage),
});
export type Lock = z.infer<typeof Lock>;
