/**
 * The error catalogue: every error that ends a command with exit code 2 has a permanent name, a
 * title, a message in the project's grammar ("Unexpected X, expected Y", identifiers in
 * backticks) and a hint — as Astro's error reference does
 * (https://docs.astro.build/en/reference/error-reference/). docs/errors.md is generated from it
 * and test/errors/meta.test.ts keeps the catalogue, the code that throws and the page in step.
 * Names are permanent: rename nothing, retire nothing that a user may have searched for.
 */

/** What went wrong, broadly: the command line, an input file, an output folder, or a generator. */
export type ErrorKind = 'usage' | 'input' | 'output' | 'generator';

/** One catalogue entry; `P` names the values its message and hint are made from. */
export interface ErrorEntry<P extends Record<string, string>> {
  kind: ErrorKind;
  /** A few words, for the docs' heading list. */
  title: string;
  message: (p: P) => string;
  /** What to do; a thrower may pass a more specific hint (e.g. "did you mean"). */
  hint: string | ((p: P) => string);
  /** When it happens, for the docs. */
  description: string;
  /** Values for the docs' example message. */
  example: P;
}

function entry<P extends Record<string, string>>(e: ErrorEntry<P>): ErrorEntry<P> {
  return e;
}

/** Every exit-2 error, sorted by name within its kind. */
export const CATALOGUE = {
  // ── usage: the command line ──────────────────────────────────────────────────────────────────
  FlagConflict: entry({
    kind: 'usage',
    title: 'Two flags that exclude each other',
    message: (p: { flag: string; other: string }) => `Unexpected \`${p.flag}\` with \`${p.other}\`, expected one of them`,
    hint: 'see the command\'s `--help`',
    description: 'Two flags were given together that cannot both apply (`bolt validate --baseline-write` with `--fix`).',
    example: { flag: '--baseline-write', other: '--fix' },
  }),
  FlagTakesNoValue: entry({
    kind: 'usage',
    title: 'A switch given a value',
    message: (p: { flag: string; value: string }) => `Unexpected value \`${p.value}\` for \`${p.flag}\`, expected the flag alone`,
    hint: (p) => `write \`${p.flag}\` without \`=${p.value}\``,
    description: 'A flag that is on or off (such as `--force`) was written with `=value`.',
    example: { flag: '--force', value: 'yes' },
  }),
  InvalidFlagValue: entry({
    kind: 'usage',
    title: 'A flag value of the wrong form',
    message: (p: { what: string; flag: string; value: string; expected: string }) => `Unexpected ${p.what} \`${p.value}\` for \`${p.flag}\`, expected ${p.expected}`,
    hint: 'see the command\'s `--help`',
    description: 'A flag value that is not of the form the flag takes: a release that is not `X.Y.Z`, a date that is not `YYYY-MM-DD`, a number of milliseconds, a domain name.',
    example: { what: 'release', flag: '--release', value: 'v1.2', expected: '`X.Y.Z`' },
  }),
  MissingArgument: entry({
    kind: 'usage',
    title: 'A required argument is missing',
    message: (p: { argument: string; usage: string }) => `Missing argument \`${p.argument}\`, expected \`${p.usage}\``,
    hint: 'see the command\'s `--help`',
    description: 'The command needs a positional argument (such as the snapshot `FROM` of `bolt changes`) that was not given.',
    example: { argument: 'FROM', usage: 'bolt changes FROM [TO]' },
  }),
  MissingFlag: entry({
    kind: 'usage',
    title: 'A required flag is missing',
    message: (p: { flag: string; value: string }) => `Missing \`${p.flag}\`, expected \`${p.flag} ${p.value}\``,
    hint: (p) => `pass \`${p.flag} ${p.value}\``,
    description: 'The command cannot run without this flag (such as `--release` of `bolt snapshot`).',
    example: { flag: '--release', value: 'X.Y.Z' },
  }),
  MissingFlagValue: entry({
    kind: 'usage',
    title: 'A flag without its value',
    message: (p: { flag: string; value: string }) => `Missing value for \`${p.flag}\`, expected \`${p.flag} ${p.value}\``,
    hint: (p) => `write \`${p.flag} ${p.value}\` (or \`${p.flag}=VALUE\` for a value that starts with \`-\`)`,
    description: 'A flag that takes a value was last on the line, or followed by another flag.',
    example: { flag: '--out', value: 'DIR' },
  }),
  SnapshotNotFound: entry({
    kind: 'usage',
    title: 'Unknown snapshot',
    message: (p: { ref: string; dir: string }) => `Unexpected snapshot \`${p.ref}\`, expected a release under \`${p.dir}/snapshots/\` or a snapshot folder`,
    hint: 'write one with `bolt snapshot --release X.Y.Z`, or list `out/snapshots/`',
    description: '`bolt changes` names a release that has no snapshot, and no folder of that name exists.',
    example: { ref: '1.0.0', dir: 'out' },
  }),
  UnexpectedArgument: entry({
    kind: 'usage',
    title: 'Too many arguments',
    message: (p: { argument: string; expected: string }) => `Unexpected argument \`${p.argument}\`, expected ${p.expected}`,
    hint: 'see the command\'s `--help`; quote a value that contains spaces',
    description: 'A positional argument the command does not take, often a flag value whose flag was misspelt or a missing quote.',
    example: { argument: 'extra', expected: 'no arguments' },
  }),
  UnknownCommand: entry({
    kind: 'usage',
    title: 'Unknown command',
    message: (p: { command: string; commands: string }) => `Unexpected command \`${p.command}\`, expected one of ${p.commands}`,
    hint: 'run `bolt --help` for the commands',
    description: 'The first word after `bolt` (after any common flags) is not a command.',
    example: { command: 'biuld', commands: '`parse`, `validate`, `build`, …' },
  }),
  UnknownFlag: entry({
    kind: 'usage',
    title: 'Unknown flag',
    message: (p: { flag: string }) => `Unexpected flag \`${p.flag}\`, expected a flag of this command or a common flag`,
    hint: 'see the command\'s `--help`',
    description: 'A flag the command does not declare. Before the command only the common flags are accepted.',
    example: { flag: '--focre' },
  }),
  UnknownFlagValue: entry({
    kind: 'usage',
    title: 'A value outside a flag\'s choices',
    message: (p: { flag: string; value: string; choices: string }) => `Unexpected value \`${p.value}\` for \`${p.flag}\`, expected one of ${p.choices}`,
    hint: 'see the command\'s `--help`',
    description: 'A flag that takes one of a few words (`--format`, `--fail-on`, `--only`, `--target`) got another.',
    example: { flag: '--format', value: 'yaml', choices: '`pretty`, `json`, `markdown`' },
  }),
  UnknownGenerator: entry({
    kind: 'usage',
    title: 'Unknown generator',
    message: (p: { id: string; ids: string }) => `Unexpected generator \`${p.id}\`, expected one of ${p.ids}`,
    hint: 'see `bolt build --help` for the generators',
    description: 'A library caller (or the MCP server) asked for a generator that does not exist (`only:`). The CLI checks `--only` itself (`UnknownFlagValue`).',
    example: { id: 'compse', ids: '`compose`, `caddyfile`, …' },
  }),
  UnknownRuleId: entry({
    kind: 'usage',
    title: 'Unknown rule id',
    message: (p: { flag: string; id: string }) => `Unexpected rule \`${p.id}\` for \`${p.flag}\`, expected a rule id such as \`api/tool-count-mismatch\``,
    hint: 'see `bolt validate --list-rules`',
    description: 'A flag that names a rule (`bolt validate --fix-rule`) got an id that is not in the rule catalogue.',
    example: { flag: '--fix-rule', id: 'api/tool-count' },
  }),
  VantageAddressMissing: entry({
    kind: 'usage',
    title: 'Port checks from the host without its address',
    message: (_p: Record<string, never>) => "Missing the server's address for --from host, expected --host ADDR or `live.host` in bolt.config.yaml",
    hint: 'pass `--host ADDR`, set `live.host`, or use `--from network` inside the Docker network',
    description: '`bolt verify --from host` (or `live.from: host`) aims port checks at the server\'s address, and none was given.',
    example: {},
  }),
  // ── input: files that cannot be read or parsed ───────────────────────────────────────────────
  BaselineUnreadable: entry({
    kind: 'input',
    title: 'A baseline file that cannot be read',
    message: (p: { reason: string }) => `Unexpected read error \`${p.reason}\`, expected a readable baseline file`,
    hint: 'write one with `bolt validate --baseline-write FILE`, or leave out `--baseline`',
    description: 'The baseline named by `--baseline` (or `.bolt-baseline.json`) exists but cannot be read.',
    example: { reason: "EACCES: permission denied, open '.bolt-baseline.json'" },
  }),
  CaFileNotPem: entry({
    kind: 'input',
    title: 'A CA file without certificates',
    message: () => 'Unexpected content in the CA file, expected PEM certificates (`-----BEGIN CERTIFICATE-----`)',
    hint: 'pass the CA certificate in PEM form (for Caddy\'s local CA: `root.crt` under its pki folder)',
    description: 'The file given to `--ca-file` (or `live.caFile` in the config) holds no PEM certificate.',
    example: {},
  }),
  CaFileUnreadable: entry({
    kind: 'input',
    title: 'A CA file that cannot be read',
    message: (p: { reason: string }) => `Unexpected read error \`${p.reason}\`, expected a readable PEM file for \`--ca-file\``,
    hint: 'check the path given to `--ca-file` (relative to the working folder)',
    description: 'The file given to `--ca-file` does not exist or cannot be read.',
    example: { reason: "ENOENT: no such file or directory, open 'ca.crt'" },
  }),
  ConfigUnknownRule: entry({
    kind: 'input',
    title: 'Unknown rule in the configuration',
    message: (p: { id: string }) => `Unexpected rule \`${p.id}\` in \`rules\`, expected a rule id such as \`inventory/unpinned-image\``,
    hint: 'run `bolt validate --list-rules` for the rule ids',
    description: '`rules:` in bolt.config.yaml sets the severity of a rule id that does not exist (often a misspelling).',
    example: { id: 'inventory/unpined-image' },
  }),
  ConfigUnknownSeverity: entry({
    kind: 'input',
    title: 'Unknown severity in the configuration',
    message: (p: { id: string; severity: string }) => `Unexpected severity \`${p.severity}\` for \`${p.id}\`, expected \`error\`, \`warning\`, \`info\` or \`off\``,
    hint: (p) => `set \`${p.id}: warning\` (or error, info, off)`,
    description: '`rules:` in bolt.config.yaml gives a rule a severity that is not `error`, `warning`, `info` or `off`.',
    example: { id: 'inventory/unpinned-image', severity: 'warn' },
  }),
  ConfigUnreadable: entry({
    kind: 'input',
    title: 'A configuration file that cannot be read',
    message: (p: { reason: string }) => `Unexpected read error \`${p.reason}\`, expected a readable configuration file`,
    hint: 'check `--config FILE` (relative to the working folder), or leave it out to use `bolt.config.yaml` when present',
    description: 'The file named by `--config` does not exist or cannot be read.',
    example: { reason: "ENOENT: no such file or directory, open 'bolt.yaml'" },
  }),
  LockUnreadable: entry({
    kind: 'input',
    title: 'A versions.lock that cannot be read',
    message: (p: { reason: string }) => `Unexpected read error \`${p.reason}\`, expected a readable versions.lock`,
    hint: 'check `--lock FILE` or `lock:` in bolt.config.yaml (relative to the working folder)',
    description: 'The lock file exists but cannot be read (permissions, a folder in its place).',
    example: { reason: "EISDIR: illegal operation on a directory, read" },
  }),
  RegistryNotJson: entry({
    kind: 'input',
    title: 'A registry.json that is not JSON',
    message: (p: { reason: string }) => `Unexpected registry content (${p.reason}), expected JSON`,
    hint: 'regenerate it with `bolt build --only registry`, or pass another `--registry FILE`',
    description: 'The registry `bolt verify` compares MCP tools with is not valid JSON.',
    example: { reason: 'Unexpected end of JSON input' },
  }),
  RegistryShape: entry({
    kind: 'input',
    title: 'A registry.json of the wrong shape',
    message: () => 'Unexpected registry shape, expected `{ "tools": [{ "name": … }] }`',
    hint: 'regenerate it with `bolt build --only registry`, or pass another `--registry FILE`',
    description: 'The registry `bolt verify` compares MCP tools with has no `tools` array of named tools.',
    example: {},
  }),
  RegistryUnreadable: entry({
    kind: 'input',
    title: 'A registry.json that cannot be read',
    message: (p: { reason: string }) => `Unexpected read error \`${p.reason}\`, expected a readable registry.json`,
    hint: 'run `bolt build` first, or pass `--registry FILE`',
    description: 'The registry `bolt verify` compares MCP tools with (default `out/registry.json`) is missing or unreadable.',
    example: { reason: "ENOENT: no such file or directory, open 'out/registry.json'" },
  }),
  SnapshotIncomplete: entry({
    kind: 'input',
    title: 'A snapshot folder without os.md',
    message: (p: { ref: string }) => `Missing \`os.md\` in snapshot \`${p.ref}\`, expected a folder written by \`bolt snapshot\``,
    hint: 'pass a folder written by `bolt snapshot`, or a release name',
    description: 'The folder given to `bolt changes` has no `os.md`, so it is not a snapshot.',
    example: { ref: 'out/snapshots/1.0.0' },
  }),
  SpecBinary: entry({
    kind: 'input',
    title: 'A spec file that is not text',
    message: () => 'Unexpected NUL byte, expected a UTF-8 text file',
    hint: 'spec files must be Markdown text; is this a binary file?',
    description: 'A file matched by the spec glob contains a NUL byte.',
    example: {},
  }),
  SpecNotFound: entry({
    kind: 'input',
    title: 'No spec file',
    message: (p: { patterns: string }) => `Missing spec files: nothing matches ${p.patterns}, expected at least one Markdown file`,
    hint: 'run in a spec repository (a folder with specs/os.md), pass --spec GLOB, or scaffold one with `bolt init`',
    description: 'The spec glob (`--spec`, `spec:` in the config, default `specs/**/*.md`) matches no file in the working folder.',
    example: { patterns: '`specs/**/*.md`' },
  }),
  SpecNotUtf8: entry({
    kind: 'input',
    title: 'A spec file that is not UTF-8',
    message: (p: { byte: string }) => `Unexpected byte \`${p.byte}\`, expected UTF-8 text`,
    hint: 'save the file as UTF-8 (a legacy code page such as Windows-1252 is not accepted)',
    description: 'A spec file has a byte sequence that is not UTF-8.',
    example: { byte: '0xe9' },
  }),
  SpecUnreadable: entry({
    kind: 'input',
    title: 'A spec file that cannot be read',
    message: (p: { reason: string }) => `Unexpected read error \`${p.reason}\`, expected a readable spec file`,
    hint: 'check the file\'s permissions, or narrow `--spec GLOB`',
    description: 'A file matched by the spec glob cannot be read.',
    example: { reason: "EACCES: permission denied, open 'specs/os.md'" },
  }),
  TemplateFailed: entry({
    kind: 'input',
    title: 'A template that fails to render',
    message: (p: { name: string; reason: string }) => `Unexpected error in template \`${p.name}\` (${p.reason}), expected a template that renders`,
    hint: 'templates are strict: check the names it uses against the view documented in docs/configuration.md',
    description: 'A Handlebars template (packaged, or an override under `templates:`) fails to compile or render.',
    example: { name: 'caddyfile/Caddyfile.hbs', reason: '"sites" not defined in [object Object]' },
  }),
  TemplateNotFound: entry({
    kind: 'input',
    title: 'A missing template',
    message: (p: { name: string }) => `Missing template \`${p.name}\`, expected it in the template folders`,
    hint: 'an override folder (`templates:` in bolt.config.yaml) only needs the templates it changes; the packaged ones fill in the rest',
    description: 'A template a generator needs is neither in the override folder nor in the package.',
    example: { name: 'caddyfile/site.hbs' },
  }),
  ToolSchemaFolderMissing: entry({
    kind: 'input',
    title: 'A missing tool schema folder',
    message: (p: { dir: string }) => `Missing tool schema folder \`${p.dir}\`, expected the folder \`toolSchemas:\` names`,
    hint: 'create it, or remove `toolSchemas:` to use the packaged schemas',
    description: '`toolSchemas:` in bolt.config.yaml names a folder that does not exist.',
    example: { dir: 'schemas/tools' },
  }),
  ToolSchemaNotObject: entry({
    kind: 'input',
    title: 'A tool schema that is not an object schema',
    message: () => 'Unexpected tool schema, expected `"type": "object"` at the root',
    hint: 'MCP tool inputs are objects: wrap the fields in `{ "type": "object", "properties": { … } }`',
    description: 'A file under the tool schema folder does not describe an object.',
    example: {},
  }),
  ToolSchemaPathParam: entry({
    kind: 'input',
    title: 'A tool schema without its path parameter',
    message: (p: { tool: string; param: string }) => `Unexpected input schema for \`${p.tool}\`, expected a required property \`${p.param}\` for the path parameter`,
    hint: (p) => `add \`${p.param}\` to \`properties\` and \`required\``,
    description: 'An endpoint path has a `{param}` that its tool input schema does not require.',
    example: { tool: 'orders_get', param: 'id' },
  }),
  ToolSchemaSyntax: entry({
    kind: 'input',
    title: 'A tool schema that is not JSON',
    message: (p: { reason: string }) => `Unexpected content in tool schema (${p.reason}), expected JSON`,
    hint: 'fix the JSON syntax',
    description: 'A file under the tool schema folder is not valid JSON.',
    example: { reason: 'Unexpected token } in JSON at position 42' },
  }),
  ToolSchemaUnsupported: entry({
    kind: 'input',
    title: 'A tool schema with an unsupported keyword',
    message: (p: { reason: string; tool: string; pointer: string }) => `${p.reason} in the input schema of \`${p.tool}\` at \`${p.pointer}\``,
    hint: 'see docs/mcp.md for the JSON Schema keywords tool inputs may use',
    description: 'A tool input schema uses a JSON Schema feature the generated MCP server cannot express. The first part of the message comes from the schema converter and names the keyword.',
    example: { reason: 'Unexpected keyword `$ref`, expected an inline schema', tool: 'odoo_search_read', pointer: '/properties/domain' },
  }),
  YamlConstMismatch: entry({
    kind: 'input',
    title: 'A YAML value that must be one exact value',
    message: (p: { value: string; where: string; expected: string }) => `Unexpected value \`${p.value}\` for ${p.where}, expected \`${p.expected}\``,
    hint: 'see the JSON Schema in schemas/ for the allowed value',
    description: 'versions.lock or bolt.config.yaml has a key whose value is fixed (such as `schema: 1`) set to another value.',
    example: { value: '2', where: '`schema`', expected: '1' },
  }),
  YamlDuplicateKey: entry({
    kind: 'input',
    title: 'A YAML key written twice',
    message: (p: { key: string }) => `Unexpected duplicate key \`${p.key}\`, expected each key once per map`,
    hint: 'remove or merge the second entry',
    description: 'A map in versions.lock or bolt.config.yaml has the same key twice (YAML would keep only one silently).',
    example: { key: 'postgres' },
  }),
  YamlEnumMismatch: entry({
    kind: 'input',
    title: 'A YAML value outside its choices',
    message: (p: { value: string; where: string; choices: string }) => `Unexpected value \`${p.value}\` for ${p.where}, expected one of ${p.choices}`,
    hint: 'see the JSON Schema in schemas/ for the allowed values',
    description: 'A key in versions.lock or bolt.config.yaml takes one of a few words and has another.',
    example: { value: 'nginx', where: '`proxy`', choices: '`caddy`, `traefik`' },
  }),
  YamlInvalidValue: entry({
    kind: 'input',
    title: 'A YAML value the schema rejects',
    message: (p: { where: string; reason: string }) => `Unexpected value for ${p.where} (${p.reason}), expected a value the JSON Schema accepts`,
    hint: 'see the JSON Schema in schemas/',
    description: 'A value in versions.lock or bolt.config.yaml fails a schema check not covered by a more specific error.',
    example: { where: '`images.postgres.tag`', reason: 'must NOT have fewer than 1 characters' },
  }),
  YamlMissingKey: entry({
    kind: 'input',
    title: 'A required YAML key is missing',
    message: (p: { key: string; where: string }) => `Missing \`${p.key}\` in ${p.where}`,
    hint: 'see the JSON Schema in schemas/ for the required keys',
    description: 'A map in versions.lock or bolt.config.yaml lacks a key it needs (such as `tag` of an image pin).',
    example: { key: 'tag', where: '`images.postgres`' },
  }),
  YamlNumberForString: entry({
    kind: 'input',
    title: 'A YAML number where text is expected',
    message: (p: { written: string; where: string }) => `Unexpected number \`${p.written}\` for ${p.where}, expected a string`,
    hint: (p) => `quote it: "${p.written}"`,
    description: 'An unquoted value such as `15.10` or `1.20` that YAML reads as a number (dropping digits) where text such as a tag is expected.',
    example: { written: '1.20', where: '`images.caddy.tag`' },
  }),
  YamlPatternMismatch: entry({
    kind: 'input',
    title: 'A YAML value of the wrong form',
    message: (p: { value: string; where: string; pattern: string }) => `Unexpected value \`${p.value}\` for ${p.where}, expected it to match ${p.pattern}`,
    hint: 'see the JSON Schema in schemas/ for the form',
    description: 'A value in versions.lock or bolt.config.yaml does not have the form its key needs (a digest, a version).',
    example: { value: 'sha256:xyz', where: '`images.postgres.digest`', pattern: '^sha256:[a-f0-9]{64}$' },
  }),
  YamlSyntax: entry({
    kind: 'input',
    title: 'YAML that does not parse',
    message: (p: { reason: string }) => `Unexpected YAML (${p.reason}), expected a valid YAML document`,
    hint: 'check indentation and quoting at that line',
    description: 'versions.lock or bolt.config.yaml is not valid YAML.',
    example: { reason: 'Nested mappings are not allowed in compact mappings' },
  }),
  YamlUnknownKey: entry({
    kind: 'input',
    title: 'An unknown YAML key',
    message: (p: { key: string; where: string }) => `Unexpected key \`${p.key}\` in ${p.where}, expected a key the JSON Schema allows`,
    hint: 'see the JSON Schema in schemas/ for the allowed keys (a misspelling?)',
    description: 'versions.lock or bolt.config.yaml has a key the format does not know.',
    example: { key: 'tagg', where: '`images.postgres`' },
  }),
  YamlWrongType: entry({
    kind: 'input',
    title: 'A YAML value of the wrong type',
    message: (p: { got: string; where: string; expected: string }) => `Unexpected ${p.got} for ${p.where}, expected ${p.expected}`,
    hint: 'see the JSON Schema in schemas/ for the type',
    description: 'A value in versions.lock or bolt.config.yaml is a list where a map is expected, text where a number is expected, and so on.',
    example: { got: 'string', where: '`images`', expected: 'object' },
  }),

  // ── output: folders that cannot be written safely ───────────────────────────────────────────
  DocsFolderForeign: entry({
    kind: 'output',
    title: 'A docs folder with other content',
    message: () => 'Unexpected content in the output folder, expected an earlier `bolt docs` output or an empty folder',
    hint: 'the folder is replaced as a whole: choose another --out, or empty it first',
    description: '`bolt docs` replaces its output folder as a whole, so it refuses a folder it did not write.',
    example: {},
  }),
  OutputBlocked: entry({
    kind: 'output',
    title: 'A file in the way of an output folder',
    message: (p: { blocker: string; path: string }) => `Unexpected non-folder \`${p.blocker}\` in the way of \`${p.path}\`, expected a folder`,
    hint: 'move the file away; generated outputs need that folder',
    description: 'A generated file goes into a folder, but a file of that name exists in the output folder.',
    example: { blocker: 'regions', path: 'regions/smarterbot.cl/Caddyfile' },
  }),
  OutputNotFile: entry({
    kind: 'output',
    title: 'A folder where an output file goes',
    message: (p: { path: string }) => `Unexpected folder or special file at \`${p.path}\`, expected a regular file`,
    hint: 'move it away; the output is a file',
    description: 'A generated file would replace a folder, a socket or a device of the same name.',
    example: { path: 'Caddyfile' },
  }),
  OutputNotFolder: entry({
    kind: 'output',
    title: 'A file where the output folder goes',
    message: () => 'Unexpected file at the output folder, expected a folder',
    hint: 'pass another --out, or move the file away',
    description: 'The output folder (`--out`, `out:` in the config) is a file.',
    example: {},
  }),
  OutputOutsideWorkDir: entry({
    kind: 'output',
    title: 'A docs folder outside the working folder',
    message: (p: { dir: string }) => `Unexpected output folder \`${p.dir}\`, expected a folder below the working directory`,
    hint: 'pass --out out/docs (the folder is replaced as a whole)',
    description: '`bolt docs` replaces its output folder as a whole, so it must lie below the working folder (and not be it).',
    example: { dir: '..' },
  }),
  OutputSymlink: entry({
    kind: 'output',
    title: 'A symbolic link in the output folder',
    message: (p: { link: string }) => `Unexpected symbolic link \`${p.link}\` in the output folder, expected real folders and files`,
    hint: 'generated files are written only inside the output folder; replace the link with a real folder or choose another --out',
    description: 'Writing through the link could leave the output folder, so Bolt Lab refuses to follow it.',
    example: { link: 'regions' },
  }),
  OutputWriteFailed: entry({
    kind: 'output',
    title: 'An output that cannot be written',
    message: (p: { reason: string }) => `Unexpected write error \`${p.reason}\`, expected a writable output folder`,
    hint: 'check the folder\'s permissions and free space',
    description: 'The file system refused a write (permissions, a full disk).',
    example: { reason: "EACCES: permission denied, mkdir 'out/docs'" },
  }),

  // ── generator: spec values an output cannot be generated from safely ─────────────────────────
  CaddyAddressInvalid: entry({
    kind: 'generator',
    title: 'A Caddyfile site address an output cannot use',
    message: (p: { address: string }) => `Unexpected site address \`${p.address}\`, expected \`host\`, \`scheme://host:port\` or \`:port\``,
    hint: 'write the site address in the spec\'s Caddyfile block as a domain, `scheme://host:port` or `:port`',
    description: 'A site address of the spec\'s Caddyfile block would break (or inject into) the generated Caddyfile.',
    example: { address: 'api.example.com {' },
  }),
  CaddySnippetInvalid: entry({
    kind: 'generator',
    title: 'A Caddyfile snippet name an output cannot use',
    message: (p: { name: string }) => `Unexpected snippet name \`${p.name}\`, expected letters, digits, \`_\`, \`.\` or \`-\``,
    hint: 'rename the snippet `(name) { … }` in the spec\'s Caddyfile block',
    description: 'A snippet name of the spec\'s Caddyfile block would break (or inject into) the generated Caddyfile.',
    example: { name: 'auth) {' },
  }),
  ContainerNameInvalid: entry({
    kind: 'generator',
    title: 'A container name an output cannot use',
    message: (p: { name: string }) => `Unexpected container name \`${p.name}\`, expected letters, digits, \`_\`, \`.\` and \`-\``,
    hint: 'rename the container in the inventory; compose service names and Caddy upstreams allow no other characters',
    description: 'A container name would break the compose file or the Caddyfile (or inject into them).',
    example: { name: 'api server' },
  }),
  DocsServingInvalid: entry({
    kind: 'generator',
    title: 'A docs.serve setting Caddy cannot use',
    message: (p: { key: string; value: string; expected: string }) => `Unexpected \`docs.serve.${p.key}\` \`${p.value}\`, expected ${p.expected}`,
    hint: 'see `docs.serve` in docs/configuration.md',
    description: '`docs.serve` in bolt.config.yaml has a path or root that would break (or inject into) the Caddyfile.',
    example: { key: 'path', value: 'docs here', expected: 'a URL path such as `/docs/`' },
  }),
  DuplicateOutput: entry({
    kind: 'generator',
    title: 'Two generators write one file',
    message: (p: { path: string; generator: string; other: string }) => `Unexpected second output \`${p.path}\` from generator \`${p.generator}\`, expected each file from one generator (already produced by \`${p.other}\`)`,
    hint: 'a template override or a generator change made two outputs collide; report it if you changed neither',
    description: 'An internal consistency check: every output file has one generator.',
    example: { path: 'Caddyfile', generator: 'regions', other: 'caddyfile' },
  }),
  HostInvalid: entry({
    kind: 'generator',
    title: 'A host name an output cannot use',
    message: (p: { host: string }) => `Unexpected host \`${p.host}\`, expected a domain name`,
    hint: 'write the route\'s host as a domain name (letters, digits, `-` and dots)',
    description: 'A routed host would break (or inject into) the Caddyfile.',
    example: { host: 'api.example.com {' },
  }),
  OutputPathInvalid: entry({
    kind: 'generator',
    title: 'An output path outside the output folder',
    message: (p: { path: string; generator: string; expected: string }) => `Unexpected output path \`${p.path}\` from \`${p.generator}\`, expected ${p.expected}`,
    hint: 'generators return paths relative to the output folder, such as `regions/example.com/Caddyfile`',
    description: 'A generated path is absolute, climbs out with `..`, or has characters no file system takes; nothing is written.',
    example: { path: '../etc/passwd', generator: 'regions', expected: 'a relative path inside the output folder' },
  }),
  RegionDomainInvalid: entry({
    kind: 'generator',
    title: 'A regional domain an output cannot use',
    message: (p: { domain: string }) => `Unexpected regional domain \`${p.domain}\`, expected a domain name such as \`example.com.ar\``,
    hint: 'regional domains are written in backticks in "Multi-Country Deployment"',
    description: 'A regional domain would become a folder name and a Caddy site address, so it must be a plain domain name.',
    example: { domain: '../ar' },
  }),
} as const;

/** A catalogue name: `UnknownFlag`, `SpecNotFound`, … */
export type ErrorName = keyof typeof CATALOGUE;

/** The values an entry's message is made from. */
export type ErrorParams<N extends ErrorName> = Parameters<(typeof CATALOGUE)[N]['message']>[0];

/** The entry of a name, loosely typed (for docs and tests). */
export function catalogueEntry(name: ErrorName): ErrorEntry<Record<string, string>> {
  return CATALOGUE[name] as unknown as ErrorEntry<Record<string, string>>;
}
