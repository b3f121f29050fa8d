/** The YAML serializer quotes what a YAML 1.1 reader (docker-compose 1.x, PyYAML) would misread or refuse. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../../generators/lib/yaml.js';

describe('toYaml', () => {
  it('quotes a flow-sequence item that starts with `:` (minio `--console-address :9001`)', () => {
    const text = toYaml({ services: { minio: { command: ['server', '/data', '--console-address', ':9001'] } } }, '');
    expect(text).toContain('command: [server, /data, --console-address, ":9001"]');
    expect(parse(text)).toEqual({ services: { minio: { command: ['server', '/data', '--console-address', ':9001'] } } });
  });

  it('quotes a string that starts with `?`, keeps other plain strings plain', () => {
    const text = toYaml({ command: ['?x', 'a:b', '-v'] }, '');
    expect(text).toContain('command: ["?x", a:b, -v]');
  });
});
