/**
 * The format's vocabulary in the languages specs are written in (docs/spec-format.md, Container
 * Inventory): status words and phrases, column headers, tier titles; and tool names of several
 * methods of one path (API Endpoints).
 */
import { describe, expect, it } from 'vitest';
import { columnField, columnFields } from '../../src/model/sections.js';
import { assignToolNames, sameEndpoint } from '../../src/model/tool-names.js';
import { parseStatus, readStatus } from '../../src/model/values.js';
import { tierId } from '../../src/parse/extract/inventory.js';
import type { Endpoint } from '../../src/model/schema.js';

describe('status words and phrases', () => {
  it.each([
    ['in Betrieb', 'running'],
    ['außer Betrieb', 'stopped'],
    ['läuft', 'running'],
    ['En service', 'running'],
    ['Hors service', 'stopped'],
    ['En línea', 'running'],
    ['Fuera de servicio', 'stopped'],
    ['Em execução', 'running'],
    ['Funcionando', 'running'],
    ['Opérationnel', 'running'],
    ['En attente', 'pending'],
    ['Prévu', 'planned'],
    ['✅ Running', 'running'],
    ['🟡', 'planned'],
  ])('%s is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each(['Not running', 'not deployed yet', 'Non attivo', 'Nicht aktiv', 'No activo', 'Não ativo', 'Pas actif', "n'est pas actif", "isn't live", 'Not in service', '✅ Not running'])(
    'reads no status in the negation %s',
    (text) => {
      expect(readStatus(text)).toMatchObject({ problem: 'negated' });
    },
  );

  it.each(['Was live, now retired', 'Running → Stopped'])('reads no status in %s, which names two', (text) => {
    expect(readStatus(text)).toMatchObject({ problem: 'conflict' });
  });

  it.each([
    ['Up and running', 'running'],
    ['🔴 Running', 'running'],
    ['Hors service', 'stopped'],
    ['✔️', 'running'],
    ['❌', 'stopped'],
    ['⛔', 'stopped'],
    ['🛑', 'stopped'],
    ['🚧', 'pending'],
    ['⏳', 'pending'],
  ])('%s is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each(['🟠', '⚪', '🟣', '⏸️'])('knows no status in the undocumented emoji %s', (text) => {
    expect(parseStatus(text)).toBeUndefined();
  });

  it('knows no status in a word it does not know', () => {
    expect(parseStatus('Revisar')).toBeUndefined();
    expect(parseStatus('Service')).toBeUndefined();
  });
});

describe('column headers', () => {
  it.each([
    ['Nom', 'name'],
    ['Conteneur', 'name'],
    ['Contentor', 'name'],
    ['Serviço', 'name'],
    ['Dienst', 'name'],
    ['Image Docker', 'image'],
    ['Ports exposés', 'ports'],
    ['Puerto(s)', 'ports'],
    ['Statut', 'status'],
    ['Situação', 'status'],
    ['État', 'status'],
    ['Rôle', 'purpose'],
    ['Função', 'purpose'],
  ])('%s holds the %s', (header, field) => {
    expect(columnField(header)).toBe(field);
  });

  it('keeps other headers as extra columns', () => {
    expect(columnField('Owner')).toBeUndefined();
    expect(columnField('Notas')).toBeUndefined();
  });

  it.each([
    // A Container word (`Service`, `Servizio`) qualifies another column's word.
    ['Service Description', 'purpose'],
    ['Service Status', 'status'],
    ['Container Port', 'ports'],
    ['Scopo del servizio', 'purpose'],
    ['Descripción del servicio', 'purpose'],
    ['Stato del servizio', 'status'],
    ['Nome del servizio', 'name'],
    ['Immagine Docker', 'image'],
    // Between two other columns, the head noun: last in English, before `de`/`di`/`of` otherwise.
    ['Image Status', 'status'],
    ['Estado de la imagen', 'status'],
    ['Descrição', 'purpose'],
  ])('%s, naming two columns, holds the %s', (header, field) => {
    expect(columnField(header)).toBe(field);
  });

  it.each([
    [['Service', 'Image', 'Port', 'Service Description', 'Status'], ['name', 'image', 'ports', 'purpose', 'status']],
    [['Container', 'Service', 'Image'], ['name', undefined, 'image']],
    [['Service Description', 'Service', 'Image'], ['purpose', 'name', 'image']],
    [['Description', 'Service Description', 'Container', 'Image'], ['purpose', undefined, 'name', 'image']],
    [['Nome del servizio', 'Immagine Docker', 'Porte esposte', 'Scopo del servizio', 'Stato del servizio'], ['name', 'image', 'ports', 'purpose', 'status']],
  ])('gives each column of %j once: %j', (headers, fields) => {
    expect(columnFields(headers)).toEqual(fields);
  });
});

describe('tier titles', () => {
  it.each([
    ['Services en production', 'production'],
    ['Serviços de produção', 'production'],
    ['Recette', 'staging'],
    ['Homologação', 'staging'],
    ['Développement', 'lab'],
    ['Desenvolvimento', 'lab'],
    ['Pruebas', 'pruebas'],
  ])('%s is %s', (title, tier) => {
    expect(tierId(title)).toBe(tier);
  });
});

describe('endpoints are method + path', () => {
  const ep = (method: string | undefined, path: string, category = 'orders'): Endpoint =>
    ({ method, path, category, pos: { file: 'specs/os.md', line: 1, column: 1, endLine: 1, endColumn: 2 } }) as Endpoint;

  it('takes an unstated method as GET', () => {
    expect(sameEndpoint(ep(undefined, '/orders'), ep('GET', '/orders'))).toBe(true);
    expect(sameEndpoint(ep(undefined, '/orders'), ep('POST', '/orders'))).toBe(false);
  });

  it('names the methods of a collection path after the category alone', () => {
    const names = assignToolNames([ep('GET', '/orders'), ep('POST', '/orders'), ep('GET', '/orders/{id}'), ep('DELETE', '/orders/{id}')]);
    expect(names.map((n) => [n.name, n.alias])).toEqual([
      ['orders_list', 'orders.list'],
      ['orders_create', 'orders.create'],
      ['orders_by_id_get', 'orders.by_id_get'],
      ['orders_by_id_delete', 'orders.by_id_delete'],
    ]);
  });

  it('names `/orders` beside `POST /orders` as the GET it is, and a repeated GET as a duplicate', () => {
    const names = assignToolNames([ep(undefined, '/orders'), ep('GET', '/orders'), ep('POST', '/orders')]);
    expect(names.map((n) => n.name)).toEqual(['orders_list', 'orders_list_2', 'orders_create']);
    expect(names[1]!.duplicate).toBe(true);
    expect(names[2]!.collidesWith).toBeUndefined();
  });
});
