import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChainedAuditLog,
  type AuditEvent,
  type AuditLog,
  type AuditRecord,
  type AuditRow,
  type AuditStorage,
} from '../../../src/stores/index.js';
import { FakeClock } from '../support/fake-clock.js';
import { testHmacSecret } from './key-store.contract.js';
import { pick } from './limit-subject.js';

/** A fresh, empty chain on a backend, as seen by several clients (processes, pools, threads). */
export interface AuditChainSubject {
  readonly replicas: number;
  /** A log for client `replica`; all of them append to the same chain. */
  log(replica: number, now: () => number): AuditLog;
  /** Rewrites the stored rows behind the log's back (as an attacker with database access would). */
  tamper(rewrite: (rows: AuditRow[]) => AuditRow[]): Promise<void>;
}

export interface AuditSubject {
  chain(): Promise<AuditChainSubject>;
}

export function auditLogOver(storage: AuditStorage, now: () => number): AuditLog {
  return new ChainedAuditLog({ storage, hmacSecret: testHmacSecret, now });
}

function event(index: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    type: index % 3 === 0 ? 'auth.failed' : 'key.created',
    actor: index % 2 === 0 ? 'admin' : null,
    subject: `key-${index % 4}`,
    tenant: 'tenant-a',
    requestId: `req-${index}`,
    details: { index, nested: { list: [1, 'two', null], flag: index % 2 === 0 } },
    ...overrides,
  };
}

type Tampering =
  | { readonly kind: 'edit'; readonly position: number; readonly field: keyof AuditRow }
  | { readonly kind: 'delete'; readonly position: number }
  | { readonly kind: 'insert'; readonly position: number }
  | { readonly kind: 'swap'; readonly first: number; readonly second: number };

/** Applies one tampering to rows ordered by sequence; returns the first sequence it breaks. */
function tamperWith(
  rows: AuditRow[],
  tampering: Tampering,
): { rows: AuditRow[]; firstBad: number } {
  const copy = [...rows];
  if (tampering.kind === 'edit') {
    const row = copy[tampering.position] as AuditRow;
    const edited: Record<keyof AuditRow, unknown> = { ...row };
    const value = edited[tampering.field];
    edited[tampering.field] =
      typeof value === 'number' ? value + 1000 : typeof value === 'string' ? `${value}x` : 'forged';
    if (tampering.field === 'details')
      edited.details = row.details.replace('"index":', '"index":1');
    copy[tampering.position] = edited as unknown as AuditRow;
    return { rows: copy, firstBad: row.sequence };
  }
  if (tampering.kind === 'delete') {
    const [removed] = copy.splice(tampering.position, 1);
    return { rows: copy, firstBad: removed?.sequence ?? 0 };
  }
  if (tampering.kind === 'insert') {
    const at = tampering.position;
    const template = copy[Math.min(at, copy.length - 1)] as AuditRow;
    const forged: AuditRow = {
      ...template,
      sequence: at + 1,
      type: 'key.created',
      actor: 'intruder',
    };
    const shifted = copy.map((row, index) =>
      index >= at ? { ...row, sequence: row.sequence + 1 } : row,
    );
    shifted.splice(at, 0, forged);
    return { rows: shifted, firstBad: at + 1 };
  }
  const first = copy[tampering.first] as AuditRow;
  const second = copy[tampering.second] as AuditRow;
  copy[tampering.first] = { ...second, sequence: first.sequence };
  copy[tampering.second] = { ...first, sequence: second.sequence };
  return { rows: copy, firstBad: first.sequence };
}

const fields: (keyof AuditRow)[] = [
  'sequence',
  'atMs',
  'type',
  'actor',
  'subject',
  'tenant',
  'requestId',
  'details',
  'previousHash',
  'hash',
];

/** The `AuditLog` contract: append-only, hash-chained, and every tampering found. */
export function describeAuditLogContract(name: string, subject: () => AuditSubject): void {
  describe(`AuditLog contract (${name})`, () => {
    it('appends a numbered chain and verifies it, against an anchor too', async () => {
      const clock = new FakeClock();
      const chain = await subject().chain();
      const log = chain.log(0, clock.now);
      expect(await log.verify()).toEqual({
        ok: true,
        count: 0,
        head: { sequence: 0, hash: '0'.repeat(64) },
      });
      const records: AuditRecord[] = [];
      for (let index = 0; index < 5; index += 1) records.push(await log.append(event(index)));
      expect(records.map((record) => record.sequence)).toEqual([1, 2, 3, 4, 5]);
      records.forEach((record, index) => {
        expect(record.previousHash).toBe(index === 0 ? '0'.repeat(64) : records[index - 1]?.hash);
        expect(record).toMatchObject({ ...event(index), atMs: clock.now() });
      });
      const third = records[2];
      const anchor = { sequence: third?.sequence ?? 0, hash: third?.hash ?? '' };
      expect(await log.verify({ anchor })).toEqual({
        ok: true,
        count: 5,
        head: { sequence: 5, hash: records[4]?.hash },
      });
      expect(await log.verify({ anchor: { ...anchor, hash: 'f'.repeat(64) } })).toEqual({
        ok: false,
        firstBadSequence: 3,
        violation: 'anchor_mismatch',
      });
    });

    it('lists with filters, in both orders, in pages', async () => {
      const clock = new FakeClock();
      const log = (await subject().chain()).log(0, clock.now);
      for (let index = 0; index < 7; index += 1) {
        await log.append(event(index));
        clock.advance(1000);
      }
      const newest = await log.list({ limit: 3 });
      expect(newest.records.map((record) => record.sequence)).toEqual([7, 6, 5]);
      expect(newest.next).toBe(5);
      const older = await log.list({ limit: 3, after: newest.next ?? 0 });
      expect(older.records.map((record) => record.sequence)).toEqual([4, 3, 2]);
      const ascending = await log.list({ order: 'asc', after: 5 });
      expect(ascending).toEqual({
        records: [
          expect.objectContaining({ sequence: 6 }),
          expect.objectContaining({ sequence: 7 }),
        ],
        next: null,
      });
      expect(
        (await log.list({ type: 'auth.failed' })).records.map((record) => record.sequence),
      ).toEqual([7, 4, 1]);
      expect((await log.list({ subject: 'key-1', actor: 'admin' })).records).toEqual([]);
      const start = new FakeClock().now();
      const window = await log.list({ fromMs: start + 2000, toMs: start + 4000, order: 'asc' });
      expect(window.records.map((record) => record.sequence)).toEqual([3, 4]);
      expect(window.records[0]?.details).toEqual(event(2).details);
    });

    it('keeps one valid chain while several clients append at once', async () => {
      const clock = new FakeClock();
      const chain = await subject().chain();
      const logs = Array.from({ length: chain.replicas }, (_, replica) =>
        chain.log(replica, clock.now),
      );
      const appended = await Promise.all(
        Array.from({ length: 60 }, (_, index) => pick(logs, index).append(event(index))),
      );
      const sequences = appended
        .map((record) => record?.sequence ?? 0)
        .sort((left, right) => left - right);
      expect(sequences).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
      expect(await logs[0]?.verify()).toMatchObject({ ok: true, count: 60 });
    });

    it('finds every single-row edit, deletion, insertion and swap (property)', async () => {
      const clock = new FakeClock();
      const tampering = (length: number): fc.Arbitrary<Tampering> =>
        fc.oneof(
          fc.record({
            kind: fc.constant('edit' as const),
            position: fc.nat(length - 1),
            field: fc.constantFrom(...fields),
          }),
          fc.record({ kind: fc.constant('delete' as const), position: fc.nat(length - 1) }),
          fc.record({ kind: fc.constant('insert' as const), position: fc.nat(length) }),
          fc
            .tuple(fc.nat(length - 1), fc.nat(length - 1))
            .filter(([first, second]) => first !== second)
            .map(([a, b]) => ({
              kind: 'swap' as const,
              first: Math.min(a, b),
              second: Math.max(a, b),
            })),
        );
      await fc.assert(
        fc.asyncProperty(
          fc
            .integer({ min: 2, max: 8 })
            .chain((length) => fc.tuple(fc.constant(length), tampering(length))),
          async ([length, change]) => {
            const chain = await subject().chain();
            const log = chain.log(0, clock.now);
            // Appended together: one group commit, in call order.
            await Promise.all(Array.from({ length }, (_, index) => log.append(event(index))));
            let expected = 0;
            await chain.tamper((rows) => {
              const result = tamperWith(rows, change);
              expected = result.firstBad;
              return result.rows;
            });
            const verdict = await log.verify();
            expect(verdict).toMatchObject({ ok: false, firstBadSequence: expected });
          },
        ),
        { numRuns: 100 },
      );
    });
  });
}
