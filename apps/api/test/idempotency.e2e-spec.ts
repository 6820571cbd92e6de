import request from 'supertest';
import { anIdentityNumber, givenParticipant, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** POST honours Idempotency-Key, so integration scripts can retry safely (ARCHITECTURE.md). */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let tenant: Tenant;

  const participantsNamed = async (lastName: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM participants WHERE municipality_id = $1 AND last_name = $2`,
          [tenant.municipalityId, lastName],
        )
      )[0]?.n,
    );
  const post = (body: object, key?: string, auth = tenant.users.ame_coach.auth) => {
    const req = request(t.server).post('/api/v1/participants').set('Authorization', auth);
    if (key !== undefined) void req.set('Idempotency-Key', key);
    return req.send(body);
  };

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  it('answers a retry with the first answer and writes once', async () => {
    const body = { identityNumber: anIdentityNumber('1991-02-03'), firstName: 'Retry', lastName: 'Once' };
    const first = await post(body, 'import-row-1').expect(201);
    const again = await post({ ...body }, 'import-row-1').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    expect(await participantsNamed('Once')).toBe(1);
    const events = await t.dataSource.query(`SELECT action FROM audit_events WHERE participant_id = $1`, [
      first.body.id,
    ]);
    expect(events).toEqual([{ action: 'create' }]);
  });

  it('refuses the same key with another body (422)', async () => {
    await post({ birthDate: '1980-01-01', firstName: 'Key', lastName: 'Reused' }, 'import-row-2').expect(201);
    const res = await post(
      { birthDate: '1980-01-01', firstName: 'Key', lastName: 'Other' },
      'import-row-2',
    ).expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await participantsNamed('Other')).toBe(0);
  });

  it('releases the key when the request fails, so the corrected request can use it', async () => {
    await post({ birthDate: '2099-01-01', firstName: 'A', lastName: 'Fixed' }, 'import-row-3').expect(400);
    await post({ birthDate: '1999-01-01', firstName: 'A', lastName: 'Fixed' }, 'import-row-3').expect(201);
    expect(await participantsNamed('Fixed')).toBe(1);
  });

  it("answers a refused request again when retried: the denied audit event is not the request's write", async () => {
    // A participant of another unit: the coach is refused (404) and a denied event is committed.
    const other = await givenTenant(t.app, { municipalityId: tenant.municipalityId });
    const theirs = await givenParticipant(t.dataSource, tenant.municipalityId, other.units.ifo);
    const url = `/api/v1/participants/${theirs.id}/consents`;
    const consent = { parties: ['ifo', 'ame'], covers: 'Uppgifter för insatsen', givenOn: '2026-03-10' };
    const attempt = () =>
      request(t.server)
        .post(url)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('Idempotency-Key', 'refused-1')
        .send(consent);
    const first = await attempt().expect(404);
    const again = await attempt().expect(404);
    expect(again.body.code).toBe(first.body.code);
    const denied = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_events WHERE participant_id = $1 AND outcome = 'denied'`,
      [theirs.id],
    );
    expect(Number(denied[0]?.n)).toBe(2);
    const claims = await t.dataSource.query(`SELECT id FROM idempotency_keys WHERE key = 'refused-1'`);
    expect(claims).toEqual([]);
  });

  it('keeps keys per caller', async () => {
    const body = { birthDate: '1970-05-05', firstName: 'Per', lastName: 'Caller' };
    await post(body, 'shared-key').expect(201);
    const other = await post(body, 'shared-key', tenant.users.protectedReader.auth).expect(201);
    expect(other.headers['idempotency-replayed']).toBeUndefined();
    expect(await participantsNamed('Caller')).toBe(2);
  });

  it('names a malformed key', async () => {
    const res = await post({ birthDate: '1970-05-05', firstName: 'A', lastName: 'B' }, 'not a key').expect(
      400,
    );
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'Idempotency-Key', rule: 'idempotencyKey.format' }),
    ]);
  });

  it('writes once when the same request arrives five times at once', async () => {
    const body = { birthDate: '1966-06-06', firstName: 'Many', lastName: 'AtOnce' };
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => post(body, 'burst-1')));
    expect(answers.map((a) => a.status).every((s) => s === 201 || s === 409)).toBe(true);
    expect(
      answers.filter((a) => a.status === 201 && a.headers['idempotency-replayed'] === undefined),
    ).toHaveLength(1);
    expect(await participantsNamed('AtOnce')).toBe(1);
  });

  it('leaves requests without a key alone', async () => {
    const body = { birthDate: '1955-05-05', firstName: 'No', lastName: 'Key' };
    await post(body).expect(201);
    await post(body).expect(201);
    expect(await participantsNamed('Key')).toBe(2);
  });
});
