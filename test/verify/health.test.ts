import { describe, expect, it } from 'vitest';
import { healthMismatches } from '../../src/verify/health.js';

const expected = { status: 'healthy', supabase: 'configured', n8n: 'configured' };

describe('Expected Health Response', () => {
  it('accepts the expected fields, extra fields included', () => {
    expect(healthMismatches(expected, JSON.stringify({ ...expected, uptime: 12 }))).toEqual([]);
  });

  it('names each field that differs or is missing', () => {
    expect(healthMismatches(expected, JSON.stringify({ status: 'degraded', supabase: 'configured' }))).toEqual([
      'status: expected "healthy", got "degraded"',
      'n8n: expected "configured", got nothing (missing)',
    ]);
  });

  it('compares nested objects by path and values by type', () => {
    expect(healthMismatches({ db: { ok: true }, workers: 2 }, '{"db":{"ok":"true"},"workers":2}')).toEqual(['db.ok: expected true, got "true"']);
  });

  it('says when the body is not a JSON object', () => {
    expect(healthMismatches(expected, '<html>Bad gateway</html>')).toEqual(['body: expected JSON, got `<html>Bad gateway</html>`']);
    expect(healthMismatches(expected, '[1]')).toEqual(['body: expected a JSON object, got [1]']);
  });
});
