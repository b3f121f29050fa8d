/**
 * The deployment plan check: what `docker compose up` would do with a generated compose file, told
 * from the image catalogue instead of a Docker engine. A service **starts** when its image is
 * published, the env its image refuses to start without is set, the backends it cannot run without
 * are wired, and every `depends_on` condition can be met; it becomes **healthy** when it starts and
 * has a healthcheck whose binary the image ships. Walking `depends_on` this way shows whether a
 * dependency's check that can never pass keeps the whole edge from starting.
 *
 * Compose semantics: `service_healthy` waits for the dependency's healthcheck to pass
 * (https://docs.docker.com/reference/compose-file/services/#depends_on); a service without a
 * healthcheck never becomes healthy.
 */
import { factsFor, roleOf } from '../../src/images/index.js';
import type { ImageFacts } from '../../src/images/types.js';
import { unpublished } from '../../src/images/wiring.js';

/** The parts of a Compose service the plan reads. */
export interface PlanService {
  image?: string;
  build?: unknown;
  profiles?: string[];
  environment?: Record<string, string> | string[];
  env_file?: string[] | string;
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
}

/** What the plan says about one service. */
export interface PlanEntry {
  service: string;
  starts: boolean;
  /** `true`, `false`, or `none` when it has no healthcheck. */
  healthy: boolean | 'none';
  /** Why it does not start or become healthy, one clause each. */
  reasons: string[];
}

/** The plan of one compose document. */
export interface Plan {
  entries: PlanEntry[];
  summary: { services: number; start: number; healthy: number; noHealthcheck: number };
}

/** Options: the profiles switched on, and the keys the env files hold (`.env.example` copied to them). */
export interface PlanOptions {
  profiles?: string[];
  envFileKeys?: Iterable<string>;
}

/** Keys of a dotenv text (`KEY=value` lines). */
export function envKeys(text: string): string[] {
  return [...text.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)].map((m) => m[1]!);
}

function envNames(svc: PlanService, fileKeys: Set<string>): Set<string> {
  const names = new Set<string>();
  if (Array.isArray(svc.environment)) for (const e of svc.environment) names.add(e.split('=')[0]!);
  else for (const k of Object.keys(svc.environment ?? {})) names.add(k);
  if (svc.env_file && (!Array.isArray(svc.env_file) || svc.env_file.length > 0)) for (const k of fileKeys) names.add(k);
  return names;
}

function envValue(svc: PlanService, name: string): string | undefined {
  if (Array.isArray(svc.environment)) return svc.environment.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1);
  return svc.environment?.[name];
}

function deps(svc: PlanService): [string, string][] {
  if (Array.isArray(svc.depends_on)) return svc.depends_on.map((d) => [d, 'service_started']);
  return Object.entries(svc.depends_on ?? {}).map(([d, c]) => [d, c.condition ?? 'service_started']);
}

/** The binary a healthcheck runs (`CMD pg_isready` → `pg_isready`; `CMD-SHELL` → the shell's first word). */
export function healthBinary(test: string[] | string | undefined): string | undefined {
  if (test === undefined) return undefined;
  const parts = typeof test === 'string' ? ['CMD-SHELL', test] : test;
  if (parts[0] === 'NONE') return undefined;
  if (parts[0] === 'CMD-SHELL') return parts[1]?.trim().split(/\s+/)[0];
  return parts[0] === 'CMD' ? parts[1] : parts[0];
}

/** Runs the plan over a compose document's services. */
export function deploymentPlan(services: Record<string, PlanService>, options: PlanOptions = {}): Plan {
  const profiles = new Set(options.profiles ?? []);
  const fileKeys = new Set(options.envFileKeys ?? []);
  const inScope = (name: string): boolean => {
    const svc = services[name];
    return svc !== undefined && (!svc.profiles || svc.profiles.length === 0 || svc.profiles.some((p) => profiles.has(p)));
  };
  const factsOf = (name: string): ImageFacts | undefined => {
    const svc = services[name]!;
    const facts = factsFor(svc.image);
    if (!facts) return undefined;
    const role = roleOf(facts, name, '');
    return role && role.healthcheck !== undefined ? { ...facts, healthcheck: role.healthcheck } : facts;
  };
  const startMemo = new Map<string, { ok: boolean; reasons: string[] }>();
  const healthMemo = new Map<string, { ok: boolean | 'none'; reasons: string[] }>();

  function starts(name: string, seen: Set<string> = new Set()): { ok: boolean; reasons: string[] } {
    const memo = startMemo.get(name);
    if (memo) return memo;
    if (seen.has(name)) return { ok: false, reasons: ['depends on itself through a cycle'] };
    seen.add(name);
    const svc = services[name];
    const reasons: string[] = [];
    if (!svc || !inScope(name)) {
      reasons.push(svc ? 'not started: under a profile that is off' : 'no such service');
    } else {
      const facts = factsOf(name);
      const gone = unpublished(svc.image);
      if (gone) reasons.push(`image \`${svc.image}\` is not published (${gone.note}); pull \`${gone.replacement}\``);
      if (!svc.image && !svc.build) reasons.push('no image and no build');
      const env = envNames(svc, fileKeys);
      for (const group of facts?.requiredEnv ?? []) {
        if (!group.some((n) => env.has(n))) reasons.push(`\`${svc.image}\` refuses to start without ${group.map((n) => `\`${n}\``).join(' or ')}`);
      }
      for (const kind of facts?.needs ?? []) {
        const client = facts?.clientEnv?.[kind];
        const names = [client?.host, client?.url].filter((n): n is string => n !== undefined);
        const set = names.find((n) => env.has(n));
        if (!set) {
          reasons.push(`needs ${kind} but ${names.map((n) => `\`${n}\``).join('/') || 'nothing'} is not set`);
          continue;
        }
        const value = envValue(svc, set) ?? '';
        const host = /^(?:[a-z]+:\/\/)?(?:[^@/]*@)?([A-Za-z0-9_.-]+)/.exec(value)?.[1];
        if (host && services[host] && !starts(host, seen).ok) reasons.push(`its ${kind} \`${host}\` does not start`);
      }
      for (const [dep, condition] of deps(svc)) {
        if (condition === 'service_healthy') {
          const h = healthy(dep, seen);
          if (h.ok !== true) reasons.push(`waits for \`${dep}\` to be healthy, which it never is (${h.reasons.join('; ') || 'no healthcheck'})`);
        } else if (condition === 'service_started' && !starts(dep, seen).ok) reasons.push(`waits for \`${dep}\` to start, which it does not`);
      }
    }
    seen.delete(name);
    const result = { ok: reasons.length === 0, reasons };
    startMemo.set(name, result);
    return result;
  }

  function healthy(name: string, seen: Set<string> = new Set()): { ok: boolean | 'none'; reasons: string[] } {
    const memo = healthMemo.get(name);
    if (memo) return memo;
    const s = starts(name, seen);
    const svc = services[name];
    let result: { ok: boolean | 'none'; reasons: string[] };
    if (!s.ok) result = { ok: false, reasons: [`\`${name}\` does not start`] };
    else if (!svc?.healthcheck || svc.healthcheck.disable) result = { ok: 'none', reasons: [`\`${name}\` has no healthcheck`] };
    else {
      const facts = factsOf(name);
      const bin = healthBinary(svc.healthcheck.test);
      if (!facts) result = { ok: false, reasons: [`the healthcheck runs \`${bin}\`, and what \`${svc.image ?? name}\` ships is unknown`] };
      else if (!bin || !facts.tools.includes(bin)) result = { ok: false, reasons: [`the healthcheck runs \`${bin}\`, which \`${svc.image}\` does not ship`] };
      else result = { ok: true, reasons: [] };
    }
    healthMemo.set(name, result);
    return result;
  }

  const entries: PlanEntry[] = Object.keys(services)
    .filter(inScope)
    .map((name) => {
      const s = starts(name);
      const h = healthy(name);
      return { service: name, starts: s.ok, healthy: h.ok, reasons: s.ok ? (h.ok === false ? h.reasons : []) : s.reasons };
    });
  return {
    entries,
    summary: {
      services: entries.length,
      start: entries.filter((e) => e.starts).length,
      healthy: entries.filter((e) => e.healthy === true).length,
      noHealthcheck: entries.filter((e) => e.starts && e.healthy === 'none').length,
    },
  };
}
