/**
 * `http`: a health URL answers 2xx; for the API, the body also matches the spec's
 * "Expected Health Response". Redirects are not followed (a 3xx is reported with its Location).
 */
import { healthMismatches } from '../health.js';
import { readText, send, TlsRejectedError } from '../http-client.js';
import type { CheckPlan, Outcome } from '../types.js';

/** What the health URL check needs. */
export interface HttpCheckOptions {
  url: string;
  /** Expected JSON fields of the body (the API's health endpoint). */
  expectBody?: Record<string, unknown> | undefined;
  dependsOn?: string[] | undefined;
  source?: string | undefined;
}

/** The `http` check of a health URL. */
export function httpCheck(options: HttpCheckOptions): CheckPlan {
  const url = new URL(options.url);
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const expectBody = options.expectBody;
  return {
    id: `http ${options.url}`,
    kind: 'http',
    target: options.url,
    title: expectBody ? 'answers 2xx with the Expected Health Response' : 'answers 2xx',
    dependsOn: options.dependsOn ?? [],
    source: options.source,
    endpoint: { host: url.hostname.replace(/^\[|\]$/g, ''), port },
    async run(ctx): Promise<Outcome> {
      let res;
      try {
        res = await send(ctx.net, url, { signal: ctx.signal, headers: { accept: 'application/json, */*' } });
      } catch (error) {
        if (error instanceof TlsRejectedError) return { status: 'fail', detail: error.message, expected: 'a trusted certificate', actual: error.message };
        throw error;
      }
      const status = res.statusCode ?? 0;
      const line = `${status} ${res.statusMessage ?? ''}`.trim();
      const body = await readText(res);
      if (status < 200 || status > 299) {
        const location = res.headers.location ? ` (redirects to ${res.headers.location})` : '';
        return { status: 'fail', detail: `Unexpected status \`${line}\`${location}, expected 2xx`, expected: '2xx', actual: line };
      }
      if (!expectBody) return { status: 'pass', detail: line, expected: '2xx', actual: line };
      const mismatches = healthMismatches(expectBody, body);
      const fields = Object.keys(expectBody).length;
      if (mismatches.length > 0) {
        return {
          status: 'fail',
          detail: mismatches.join('; '),
          expected: JSON.stringify(expectBody),
          actual: body.length > 200 ? `${body.slice(0, 197)}…` : body.trim(),
        };
      }
      return { status: 'pass', detail: `${line}, body matches the Expected Health Response (${fields} fields)`, expected: '2xx + expected body', actual: line };
    },
  };
}
