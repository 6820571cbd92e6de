import request from 'supertest';
import { givenFundingPeriod, givenInstance, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

interface PeriodRow {
  valid_from: string;
  valid_to: string | null;
  recorded_by: string;
  supersedes_id: string | null;
  correction_reason: string | null;
  superseded_at: Date | null;
  superseded_by: string | null;
  withdrawal_reason: string | null;
  version: number;
}

interface ShareRow {
  funder_type: string;
  funder_name: string | null;
  reference: string | null;
  basis_points: number;
  instance_id: string;
}

describe('funding of intervention instances (finansiering)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const url = (instanceId: string, periodId?: string) =>
    `/api/v1/intervention-instances/${instanceId}/funding${periodId ? `/${periodId}` : ''}`;
  const anInstance = (of: Tenant = tenant, endsOn: string | null = '2026-12-31') =>
    givenInstance(t.dataSource, {
      municipalityId: of.municipalityId,
      responsibleUnitId: of.units.ame,
      startsOn: '2026-01-05',
      endsOn,
    });
  const post = (instanceId: string, body: Record<string, unknown>, auth = tenant.users.admin.auth) =>
    request(t.server).post(url(instanceId)).set('Authorization', auth).send(body);
  const sixtyForty = {
    validFrom: '2026-01-05',
    validTo: '2026-06-30',
    shares: [
      { funderType: 'municipality', basisPoints: 6000 },
      {
        funderType: 'finsam',
        funderName: 'Samordningsförbundet Demo',
        reference: 'SF 2026/14',
        basisPoints: 4000,
      },
    ],
  };
  const shareRows = (periodId: string) =>
    t.dataSource.query<ShareRow[]>(
      `SELECT funder_type, funder_name, reference, basis_points, instance_id
         FROM intervention_funding_shares WHERE period_id = $1 ORDER BY position`,
      [periodId],
    );
  const periodCount = (instanceId: string) =>
    t.dataSource
      .query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM intervention_funding_periods WHERE instance_id = $1`,
        [instanceId],
      )
      .then(([r]) => r.n);
  const periodRow = (periodId: string) =>
    t.dataSource
      .query<PeriodRow[]>(
        `SELECT valid_from::text, valid_to::text, recorded_by, supersedes_id, correction_reason,
                superseded_at, superseded_by, withdrawal_reason, version
           FROM intervention_funding_periods WHERE id = $1`,
        [periodId],
      )
      .then(([r]) => r);
  const put = (
    instanceId: string,
    periodId: string,
    ifMatch: string | null,
    body: Record<string, unknown>,
  ) => {
    const req = request(t.server)
      .put(url(instanceId, periodId))
      .set('Authorization', tenant.users.admin.auth);
    return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
  };
  const withdraw = (
    instanceId: string,
    periodId: string,
    ifMatch: string | null,
    body: Record<string, unknown>,
  ) => {
    const req = request(t.server)
      .post(`${url(instanceId, periodId)}/withdrawal`)
      .set('Authorization', tenant.users.admin.auth);
    return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
  };
  const list = (instanceId: string, query = '') =>
    request(t.server)
      .get(`${url(instanceId)}${query}`)
      .set('Authorization', tenant.users.analyst.auth)
      .expect(200)
      .then((res) => res.body.items as { id: string; state: string }[]);
  const auditOf = (resourceId: string) =>
    t.dataSource.query<{ action: string; details: unknown }[]>(
      `SELECT action, details FROM audit_events WHERE resource_id = $1 ORDER BY action`,
      [resourceId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  it('answers 401 without a token', async () => {
    const instance = await anInstance();
    await request(t.server).get(url(instance.id)).expect(401);
    await request(t.server).post(url(instance.id)).send(sixtyForty).expect(401);
  });

  it('records 60 % municipality / 40 % Finsam as one row per share, audit-logged', async () => {
    const instance = await anInstance();
    const res = await post(instance.id, sixtyForty).expect(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(url(instance.id, res.body.id));
    expect(res.body).toMatchObject({
      instanceId: instance.id,
      validFrom: '2026-01-05',
      validTo: '2026-06-30',
      recordedBy: tenant.users.admin.id,
      version: 1,
      shares: [
        { funderType: 'municipality', funderName: null, reference: null, basisPoints: 6000, percent: 60 },
        {
          funderType: 'finsam',
          funderName: 'Samordningsförbundet Demo',
          reference: 'SF 2026/14',
          basisPoints: 4000,
          percent: 40,
        },
      ],
    });
    expect(await shareRows(res.body.id)).toEqual([
      {
        funder_type: 'municipality',
        funder_name: null,
        reference: null,
        basis_points: 6000,
        instance_id: instance.id,
      },
      {
        funder_type: 'finsam',
        funder_name: 'Samordningsförbundet Demo',
        reference: 'SF 2026/14',
        basis_points: 4000,
        instance_id: instance.id,
      },
    ]);
    const [event] = await t.dataSource.query<{ action: string; unit_id: string; details: unknown }[]>(
      `SELECT action, unit_id, details FROM audit_events WHERE resource_id = $1`,
      [res.body.id],
    );
    expect(event).toEqual({
      action: 'create',
      unit_id: tenant.units.ame,
      details: { instanceId: instance.id, periodId: res.body.id },
    });
  });

  it('lets AME coaches, managers and analysts read it, earliest period first, or the one covering a day', async () => {
    const instance = await anInstance();
    const second = await post(instance.id, {
      validFrom: '2026-07-01',
      shares: [{ funderType: 'esf', funderName: 'ESF-projekt Vägen ut', basisPoints: 10000 }],
    }).expect(201);
    const first = await post(instance.id, sixtyForty).expect(201);
    for (const user of ['ame_coach', 'unit_manager', 'analyst', 'admin'] as const) {
      const res = await request(t.server)
        .get(url(instance.id))
        .set('Authorization', tenant.users[user].auth)
        .expect(200);
      expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([first.body.id, second.body.id]);
      expect(res.body.nextCursor).toBeNull();
    }
    const on = await request(t.server)
      .get(`${url(instance.id)}?on=2026-07-01`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(on.body.items.map((p: { id: string }) => p.id)).toEqual([second.body.id]);
    const before = await request(t.server)
      .get(`${url(instance.id)}?on=2026-01-04`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(before.body.items).toEqual([]);
  });

  it('is written by the admin only (403 for coach, manager, analyst)', async () => {
    const instance = await anInstance();
    for (const user of ['ame_coach', 'unit_manager', 'analyst', 'ifo_caseworker'] as const) {
      const res = await post(instance.id, sixtyForty, tenant.users[user].auth).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await request(t.server)
      .get(url(instance.id))
      .set('Authorization', tenant.users.supervisor.auth)
      .expect(403);
    expect(await periodCount(instance.id)).toBe(0);
  });

  it('answers 404 for another municipality’s instance and changes nothing', async () => {
    const theirs = await anInstance(other);
    await givenFundingPeriod(t.dataSource, {
      municipalityId: other.municipalityId,
      instanceId: theirs.id,
      recordedBy: other.users.admin.id,
    });
    const res = await post(theirs.id, { ...sixtyForty, validFrom: '2026-07-01', validTo: null }).expect(404);
    expect(res.body.code).toBe('INTERVENTION_INSTANCE_NOT_FOUND');
    await request(t.server).get(url(theirs.id)).set('Authorization', tenant.users.admin.auth).expect(404);
    expect(await periodCount(theirs.id)).toBe(1);
  });

  describe('the shares rule (400, naming the field and the rule, every problem at once)', () => {
    it.each<[string, Record<string, unknown>[], { field: string; rule: string }[]]>([
      [
        '99.99 %',
        [{ funderType: 'municipality', basisPoints: 9999 }],
        [{ field: 'shares', rule: 'shares.sumTo100' }],
      ],
      [
        'a share of 0',
        [
          { funderType: 'municipality', basisPoints: 10000 },
          { funderType: 'esf', basisPoints: 0 },
        ],
        [{ field: 'shares[1].basisPoints', rule: 'min' }],
      ],
      [
        'the same funder twice',
        [
          { funderType: 'municipality', basisPoints: 5000 },
          { funderType: 'municipality', basisPoints: 5000 },
        ],
        [{ field: 'shares[1].funderType', rule: 'shares.funderOnce' }],
      ],
      [
        'an other funder without a name',
        [{ funderType: 'other', basisPoints: 10000 }],
        [{ field: 'shares[0].funderName', rule: 'funderName.requiredForOther' }],
      ],
      ['no funder', [], [{ field: 'shares', rule: 'shares.notEmpty' }]],
      [
        'an unknown funder type',
        [{ funderType: 'region', basisPoints: 10000 }],
        [{ field: 'shares[0].funderType', rule: 'isIn' }],
      ],
    ])('%s', async (_name, shares, errors) => {
      const instance = await anInstance();
      const res = await post(instance.id, { validFrom: '2026-01-05', shares }).expect(400);
      expect(
        res.body.errors.map((e: { field: string; rule: string }) => ({ field: e.field, rule: e.rule })),
      ).toEqual(errors);
      expect(await periodCount(instance.id)).toBe(0);
    });

    it('refuses a period ending before it starts, and 100.01 %, in one answer', async () => {
      const instance = await anInstance();
      const res = await post(instance.id, {
        validFrom: '2026-03-16',
        validTo: '2026-03-15',
        shares: [
          { funderType: 'municipality', basisPoints: 6001 },
          { funderType: 'finsam', basisPoints: 4000 },
        ],
      }).expect(400);
      expect(res.body.errors.map((e: { rule: string }) => e.rule)).toEqual([
        'validTo.afterFrom',
        'shares.sumTo100',
      ]);
    });
  });

  it('takes a one-day period, and refuses one that shares a day with another (409) or leaves the instance (422)', async () => {
    const instance = await anInstance();
    await post(instance.id, sixtyForty).expect(201);
    const oneDay = await post(instance.id, {
      validFrom: '2026-07-01',
      validTo: '2026-07-01',
      shares: [{ funderType: 'arbetsformedlingen', basisPoints: 10000 }],
    }).expect(201);
    expect(oneDay.body.validTo).toBe('2026-07-01');
    const overlap = await post(instance.id, { ...sixtyForty, validFrom: '2026-06-30', validTo: null }).expect(
      409,
    );
    expect(overlap.body).toMatchObject({
      code: 'FUNDING_PERIOD_OVERLAP',
      errors: [{ field: 'validFrom', rule: 'fundingPeriod.noOverlap' }],
    });
    const outside = await post(instance.id, {
      ...sixtyForty,
      validFrom: '2026-07-02',
      validTo: '2027-01-31',
    }).expect(422);
    expect(outside.body).toMatchObject({
      code: 'FUNDING_OUTSIDE_INSTANCE_PERIOD',
      errors: [{ field: 'validTo', rule: 'validTo.withinInstance' }],
    });
    const before = await post(instance.id, {
      ...sixtyForty,
      validFrom: '2026-01-04',
      validTo: '2026-01-04',
    }).expect(422);
    expect(before.body.errors[0].rule).toBe('validFrom.withinInstance');
    expect(await periodCount(instance.id)).toBe(2);
  });

  const esf = {
    validFrom: '2026-01-05',
    validTo: '2026-06-30',
    shares: [
      { funderType: 'municipality', basisPoints: 5000 },
      { funderType: 'esf', funderName: 'ESF-projekt Vägen ut', basisPoints: 5000 },
    ],
    reason: 'ESF-beslutet kom i efterhand',
  };

  it('corrects a period by a new one that supersedes it: the old row and shares kept, with who, when and why', async () => {
    const instance = await anInstance();
    const created = await post(instance.id, sixtyForty).expect(201);
    const res = await put(instance.id, created.body.id, '"1"', esf).expect(200);
    const newId: string = res.body.id;
    expect(newId).not.toBe(created.body.id);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(url(instance.id, newId));
    expect(res.body).toMatchObject({
      state: 'current',
      supersedesId: created.body.id,
      correctionReason: 'ESF-beslutet kom i efterhand',
      supersededAt: null,
      supersededBy: null,
      supersededById: null,
      withdrawalReason: null,
      recordedBy: tenant.users.admin.id,
      version: 1,
    });
    expect(res.body.shares.map((s: { funderType: string }) => s.funderType)).toEqual(['municipality', 'esf']);
    // The old period is kept as it was, with its shares, only marked superseded (who and when).
    const old = await periodRow(created.body.id);
    expect(old).toMatchObject({
      valid_from: '2026-01-05',
      valid_to: '2026-06-30',
      supersedes_id: null,
      correction_reason: null,
      superseded_by: tenant.users.admin.id,
      withdrawal_reason: null,
      version: 2,
    });
    expect(old.superseded_at).toEqual(expect.any(Date));
    expect((await shareRows(created.body.id)).map((r) => [r.funder_type, r.basis_points])).toEqual([
      ['municipality', 6000],
      ['finsam', 4000],
    ]);
    expect((await shareRows(newId)).map((r) => [r.funder_type, r.basis_points])).toEqual([
      ['municipality', 5000],
      ['esf', 5000],
    ]);
    expect(await periodRow(newId)).toMatchObject({
      supersedes_id: created.body.id,
      correction_reason: 'ESF-beslutet kom i efterhand',
      superseded_at: null,
    });
    // Current periods by default; with history the superseded one too, saying who, when and why.
    expect((await list(instance.id)).map((p) => p.id)).toEqual([newId]);
    const history = await list(instance.id, '?history=true');
    expect(history.map((p) => [p.id, p.state])).toEqual([
      [created.body.id, 'corrected'],
      [newId, 'current'],
    ]);
    expect(history[0]).toMatchObject({
      supersededBy: tenant.users.admin.id,
      supersededAt: old.superseded_at?.toISOString(),
      supersededById: newId,
      withdrawalReason: null,
      shares: [{ funderType: 'municipality' }, { funderType: 'finsam' }],
    });
    expect((await list(instance.id, '?history=true&on=2026-03-16')).map((p) => p.id)).toEqual([
      created.body.id,
      newId,
    ]);
    expect((await list(instance.id, '?on=2026-03-16')).map((p) => p.id)).toEqual([newId]);
    expect(await auditOf(created.body.id)).toEqual([
      { action: 'create', details: { instanceId: instance.id, periodId: created.body.id } },
      {
        action: 'update',
        details: {
          instanceId: instance.id,
          periodId: newId,
          supersededPeriodId: created.body.id,
          reason: 'ESF-beslutet kom i efterhand',
        },
      },
    ]);
    // The superseded period is history: 409 to correct or withdraw it again (at its new version).
    const again = await put(instance.id, created.body.id, '"2"', esf).expect(409);
    expect(again.body.code).toBe('FUNDING_PERIOD_SUPERSEDED');
    const gone = await withdraw(instance.id, created.body.id, '"2"', { reason: 'fel' }).expect(409);
    expect(gone.body.code).toBe('FUNDING_PERIOD_SUPERSEDED');
    // Its own days do not overlap with the one it supersedes.
    await put(instance.id, newId, '"1"', { ...esf, validTo: '2026-07-31', reason: 'förlängt' }).expect(200);
    expect(await periodCount(instance.id)).toBe(3);
  });

  it('needs If-Match (428 without, 412 stale) and a reason (400 blank or missing), changing nothing', async () => {
    const instance = await anInstance();
    const created = await post(instance.id, sixtyForty).expect(201);
    const id: string = created.body.id;
    expect((await put(instance.id, id, null, esf).expect(428)).body.code).toBe('IF_MATCH_REQUIRED');
    expect((await put(instance.id, id, '"2"', esf).expect(412)).body.code).toBe('STALE_VERSION');
    await withdraw(instance.id, id, null, { reason: 'fel' }).expect(428);
    await withdraw(instance.id, id, '"2"', { reason: 'fel' }).expect(412);
    for (const reason of ['', '   ', null, undefined]) {
      const bad = await put(instance.id, id, '"1"', { ...esf, reason }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
      const badWithdrawal = await withdraw(instance.id, id, '"1"', { reason }).expect(400);
      expect(badWithdrawal.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    }
    await put(instance.id, id, '"1"', { ...esf, shares: [{ funderType: 'esf', basisPoints: 9999 }] }).expect(
      400,
    );
    expect(await periodCount(instance.id)).toBe(1);
    expect(await periodRow(id)).toMatchObject({ superseded_at: null, version: 1 });
    expect((await shareRows(id)).map((r) => r.funder_type)).toEqual(['municipality', 'finsam']);
    const missing = await put(instance.id, '00000000-0000-4000-8000-000000000000', '"1"', esf).expect(404);
    expect(missing.body.code).toBe('FUNDING_PERIOD_NOT_FOUND');
  });

  it('withdraws a period with the reason: kept with its shares, no longer current, nothing in its place', async () => {
    const instance = await anInstance();
    const created = await post(instance.id, sixtyForty).expect(201);
    const id: string = created.body.id;
    const res = await withdraw(instance.id, id, '"1"', { reason: '  Registrerad på fel insats ' }).expect(
      200,
    );
    expect(res.headers.etag).toBe('"2"');
    expect(res.body).toMatchObject({
      id,
      state: 'withdrawn',
      supersededBy: tenant.users.admin.id,
      supersededById: null,
      withdrawalReason: 'Registrerad på fel insats',
      version: 2,
    });
    expect(await periodRow(id)).toMatchObject({
      valid_from: '2026-01-05',
      valid_to: '2026-06-30',
      superseded_by: tenant.users.admin.id,
      withdrawal_reason: 'Registrerad på fel insats',
    });
    expect(await shareRows(id)).toHaveLength(2);
    expect(await list(instance.id)).toEqual([]);
    expect((await list(instance.id, '?history=true')).map((p) => [p.id, p.state])).toEqual([
      [id, 'withdrawn'],
    ]);
    expect((await auditOf(id))[1]).toEqual({
      action: 'update',
      details: {
        instanceId: instance.id,
        periodId: id,
        withdrawn: true,
        reason: 'Registrerad på fel insats',
      },
    });
    const again = await withdraw(instance.id, id, '"2"', { reason: 'igen' }).expect(409);
    expect(again.body.code).toBe('FUNDING_PERIOD_SUPERSEDED');
  });

  it('checks the overlap among current periods only: a superseded period no longer blocks its days', async () => {
    const instance = await anInstance();
    const first = await post(instance.id, sixtyForty).expect(201);
    const blocked = await post(instance.id, { ...sixtyForty, validFrom: '2026-06-01', validTo: null }).expect(
      409,
    );
    expect(blocked.body.overlapsId).toBe(first.body.id);
    // Corrected to end in May: June is free again, though the superseded period still covers it.
    const corrected = await put(instance.id, first.body.id, '"1"', {
      ...sixtyForty,
      validTo: '2026-05-31',
      reason: 'Finsam-beslutet slutar i maj',
    }).expect(200);
    const june = await post(instance.id, {
      ...sixtyForty,
      validFrom: '2026-06-01',
      validTo: '2026-06-30',
    }).expect(201);
    // Withdrawn: its days are free for a new period.
    await withdraw(instance.id, june.body.id, '"1"', { reason: 'fel period' }).expect(200);
    await post(instance.id, { ...sixtyForty, validFrom: '2026-06-15', validTo: null }).expect(201);
    // The current ones still refuse a shared day.
    const still = await post(instance.id, {
      ...sixtyForty,
      validFrom: '2026-05-31',
      validTo: '2026-05-31',
    }).expect(409);
    expect(still.body.overlapsId).toBe(corrected.body.id);
    expect((await list(instance.id)).map((p) => p.id)).toHaveLength(2);
    expect(await list(instance.id, '?history=true')).toHaveLength(4);
  });

  it('keeps superseded periods out of the instance’s date check', async () => {
    const instance = await anInstance(tenant, null);
    const created = await post(instance.id, { ...sixtyForty, validTo: null }).expect(201);
    await put(instance.id, created.body.id, '"1"', {
      ...sixtyForty,
      validFrom: '2026-02-01',
      validTo: null,
      reason: 'startade senare',
    }).expect(200);
    // The superseded period began 2026-01-05; only the current one (from 2026-02-01) holds the start.
    await request(t.server)
      .patch(`/api/v1/intervention-instances/${instance.id}`)
      .set('Authorization', tenant.users.admin.auth)
      .set('If-Match', '"1"')
      .send({ startsOn: '2026-02-01' })
      .expect(200);
  });

  it('keeps the instance’s dates around its funding: 422 INSTANCE_PERIOD_EXCLUDES_FUNDING', async () => {
    const instance = await anInstance(tenant, null);
    await post(instance.id, { ...sixtyForty, validTo: null }).expect(201);
    const patch = (body: Record<string, unknown>) =>
      request(t.server)
        .patch(`/api/v1/intervention-instances/${instance.id}`)
        .set('Authorization', tenant.users.admin.auth)
        .set('If-Match', '"1"')
        .send(body);
    const res = await patch({ startsOn: '2026-02-01' }).expect(422);
    expect(res.body).toMatchObject({
      code: 'INSTANCE_PERIOD_EXCLUDES_FUNDING',
      errors: [{ field: 'startsOn', rule: 'startsOn.holdsFunding' }],
    });
    // An open-ended period runs as long as the instance: ending the instance keeps it inside.
    await patch({ endsOn: '2026-12-31' }).expect(200);
  });
});
