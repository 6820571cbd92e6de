import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  anchorMacValid,
  AuditAnchor,
  AuditAnchorService,
  AuditVerificationService,
  makeAnchor,
  parseAnchors,
} from '@steg/audit';
import { givenParticipant, givenTenant } from '@steg/testing';
import { runSteg } from './support/steg-cli';
import { startTestApp, TestApp } from './support/test-app';

const KEY = 'audit-anchor-test-key-0123456789abcdef';

describe('audit anchors detect a rewound chain', () => {
  let t: TestApp;
  const anchors = () => t.app.get(AuditAnchorService);
  const verify = (municipalityId: string) => t.app.get(AuditVerificationService).verify({ municipalityId });
  /** As an attacker with the database's owner rights would: triggers off for this transaction. */
  const asRetentionJob = (
    work: (query: (sql: string, params: unknown[]) => Promise<unknown>) => Promise<void>,
  ) =>
    t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL steg.audit_retention = 'on'`);
      await work((sql, params) => manager.query(sql, params));
    });
  /** Deletes the newest events of chain 0 down to `seq` and moves its head back onto event `seq`. */
  const rewind = (municipalityId: string, seq: number) =>
    asRetentionJob(async (query) => {
      await query(`DELETE FROM audit_events WHERE municipality_id = $1 AND chain = 0 AND seq > $2`, [
        municipalityId,
        seq,
      ]);
      await query(
        `UPDATE audit_chain_heads h SET seq = e.seq, hash = e.hash
           FROM audit_events e
          WHERE h.municipality_id = $1 AND h.chain = 0
            AND e.municipality_id = h.municipality_id AND e.chain = 0 AND e.seq = $2`,
        [municipalityId, seq],
      );
    });
  /** A tenant whose coach has read a participant `reads` times: chain 0 at seq `reads`. */
  const givenReads = async (reads: number) => {
    const tenant = await givenTenant(t.app);
    const person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
    const read = async (times: number) => {
      for (let i = 0; i < times; i++) {
        await request(t.server)
          .get(`/api/v1/participants/${person.id}`)
          .set('Authorization', tenant.users.ame_coach.auth)
          .expect(200);
      }
    };
    await read(reads);
    return { municipalityId: tenant.municipalityId, read };
  };
  /**
   * The anchor checked, and the rewinds of one municipality: other test files tamper with their own
   * municipalities in the same database meanwhile.
   */
  const checkFor = async (anchor: AuditAnchor, municipalityId: string) => {
    const { macValid, rewinds } = await anchors().check(anchor);
    return { macValid, rewinds: rewinds.filter((r) => r.municipalityId === municipalityId) };
  };
  const headOf = (anchor: AuditAnchor, municipalityId: string) =>
    anchor.heads.filter((h) => h.municipalityId === municipalityId && h.seq > 0);

  beforeAll(async () => {
    t = await startTestApp({ config: { auditAnchorKey: KEY, auditAnchorKeyIsDevelopment: false } });
  });
  afterAll(() => t.close());

  it('signs the heads of every chain; a later, longer chain still reaches the anchor', async () => {
    const { municipalityId, read } = await givenReads(3);
    const anchor = await anchors().take();
    const [stored] = await t.dataSource.query<{ hash: string }[]>(
      `SELECT hash FROM audit_events WHERE municipality_id = $1 AND chain = 0 AND seq = 3`,
      [municipalityId],
    );
    expect(headOf(anchor, municipalityId)).toEqual([
      { municipalityId, chain: 0, seq: 3, hash: stored?.hash },
    ]);
    expect(anchor.takenAt).toBe(t.clock.now().toISOString());
    expect(anchorMacValid(anchor, KEY)).toBe(true);
    expect(await checkFor(anchor, municipalityId)).toEqual({ macValid: true, rewinds: [] });

    await read(2);
    expect(await checkFor(anchor, municipalityId)).toEqual({ macValid: true, rewinds: [] });
  });

  it('catches deleted newest events with the head rewound, which verify alone cannot see', async () => {
    const { municipalityId, read } = await givenReads(4);
    const anchor = await anchors().take();

    await rewind(municipalityId, 2);
    const [afterRewind] = await verify(municipalityId);
    expect(afterRewind).toMatchObject({ municipalityId, events: 2, breakCount: 0 });
    const rewound = { municipalityId, chain: 0, anchorSeq: 4 };
    expect((await checkFor(anchor, municipalityId)).rewinds).toEqual([
      { ...rewound, headSeq: 2, reason: 'head_behind_anchor' },
    ]);

    // Appending past the anchored seq again does not hide it: the event there has another hash.
    await read(3);
    expect((await verify(municipalityId))[0]).toMatchObject({ events: 5, breakCount: 0 });
    expect((await checkFor(anchor, municipalityId)).rewinds).toEqual([
      { ...rewound, headSeq: 5, reason: 'anchored_event_rewritten' },
    ]);
  });

  it('refuses a forged anchor, or one made with another key', async () => {
    const { municipalityId } = await givenReads(2);
    const genuine = await anchors().take();
    const lowered = {
      ...genuine,
      heads: genuine.heads.map((h) => (h.municipalityId === municipalityId ? { ...h, seq: 1 } : h)),
    };
    expect(await anchors().check(lowered)).toEqual({ macValid: false, rewinds: [] });
    const otherKey = makeAnchor(genuine.heads, new Date(genuine.takenAt), 'another-key-0123456789abcdef0123');
    expect(anchors().isGenuine(otherKey)).toBe(false);
    expect(anchors().isGenuine(genuine)).toBe(true);
  });

  describe('steg audit anchor and steg audit verify --anchor', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'steg-anchor-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const steg = (args: string[], key = KEY) => runSteg(args, { AUDIT_ANCHOR_KEY: key });

    it('exits 0 while the chains reach the anchor, 1 with the rewound chain named, and refuses a forged anchor', async () => {
      const { municipalityId } = await givenReads(3);
      const taken = await steg(['audit', 'anchor']);
      expect(taken.code).toBe(0);
      const file = join(dir, 'anchors.log');
      await writeFile(file, taken.stdout);
      const [anchor] = parseAnchors(taken.stdout);
      expect(anchor && headOf(anchor, municipalityId)).toEqual([expect.objectContaining({ seq: 3 })]);

      const intact = await steg(['audit', 'verify', '--municipality', municipalityId, '--anchor', file]);
      expect(intact.stdout).toContain(`${municipalityId}  intact  3 events`);
      expect(intact.stdout).toMatch(/every anchored chain still reaches it/);
      expect(intact.code).toBe(0);

      await rewind(municipalityId, 1);
      const plain = await steg(['audit', 'verify', '--municipality', municipalityId]);
      expect(plain.code).toBe(0);
      const anchored = await steg(['audit', 'verify', '--municipality', municipalityId, '--anchor', file]);
      expect(anchored.stdout).toContain(
        `${municipalityId}  REWOUND  chain 0: anchored at seq 3, head now at seq 1 (head_behind_anchor)`,
      );
      expect(anchored.code).toBe(1);

      const forged = await steg(['audit', 'verify', '--anchor', file], 'another-key-0123456789abcdef0123');
      expect(forged.stderr).toMatch(/REFUSED: .* invalid MAC/);
      expect(forged.code).toBe(1);

      const keyless = await steg(['audit', 'anchor'], '');
      expect(keyless.stderr).toMatch(/AUDIT_ANCHOR_KEY is not set/);
      expect(keyless.stdout).toBe('');
      expect(keyless.code).toBe(1);
    }, 120_000);
  });
});
