import request from 'supertest';
import { AuditService, AuditVerificationService } from '@steg/audit';
import { Actor } from '@steg/http';
import { givenParticipant, GivenParticipant, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** An id nobody has, typed in upper case as a careless integration script would. */
const UNKNOWN_UPPER = 'ABCDEF00-0000-4000-8000-000000000001';

describe('the audit log hashes exactly what it stores', () => {
  let t: TestApp;
  let tenant: Tenant;
  let person: GivenParticipant;

  const verify = () => t.app.get(AuditVerificationService).verify({ municipalityId: tenant.municipalityId });
  const stored = (requestId: string) =>
    t.dataSource.query<
      {
        resource_id: string | null;
        participant_id: string | null;
        route: string;
        details: Record<string, unknown> | null;
      }[]
    >(
      `SELECT resource_id, participant_id, route, details FROM audit_events
        WHERE municipality_id = $1 AND request_id = $2`,
      [tenant.municipalityId, requestId],
    );
  const eventsOf = async () =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_events WHERE municipality_id = $1`,
          [tenant.municipalityId],
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
  });
  afterAll(() => t.close());

  it('keeps the chain intact after a coach asks for an upper-case id, known or not', async () => {
    const before = await eventsOf();
    const unknown = await request(t.server)
      .get(`/api/v1/participants/${UNKNOWN_UPPER}`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.code).toBe('PARTICIPANT_NOT_FOUND');
    await request(t.server)
      .get(`/api/v1/participants/${person.id.toUpperCase()}`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(await eventsOf()).toBe(before + 2); // the denied attempt and the read

    const ids = await t.dataSource.query<{ resource_id: string | null; participant_id: string | null }[]>(
      `SELECT resource_id, participant_id FROM audit_events WHERE municipality_id = $1`,
      [tenant.municipalityId],
    );
    const all = ids.flatMap((r) => [r.resource_id, r.participant_id]).filter((id) => id !== null);
    expect(all.filter((id) => id !== id.toLowerCase())).toEqual([]);
    // The denied attempt on the unknown id is there, as PostgreSQL prints it.
    expect(ids.map((r) => r.participant_id)).toContain(UNKNOWN_UPPER.toLowerCase());

    const [result] = await verify();
    expect(result).toMatchObject({ municipalityId: tenant.municipalityId, breakCount: 0, breaks: [] });
    expect(result?.firstBreak).toBeUndefined();
  });

  it('writes an event whatever a caller hands it, and the chain stays intact', async () => {
    const actor: Actor = {
      principal: {
        kind: 'user',
        userId: tenant.users.ame_coach.id.toUpperCase(),
        municipalityId: tenant.municipalityId,
        username: 'coach',
        displayName: 'Coach',
        memberships: [],
        permissions: [],
      },
      requestId: 'req-canonical-' + '\u0000'.repeat(2) + 'x'.repeat(200),
      ip: '10.0.0.1',
      route: 'GET /api/v1/participants/:id\u0000',
    };
    await t.app.get(AuditService).recordAccess(actor, {
      action: 'view',
      outcome: 'denied',
      resourceType: 'participant',
      resourceId: 'not-a-uuid',
      participantId: person.id.toUpperCase(),
      unitId: `{${tenant.units.ame}}`,
      details: { reason: 'no_relation', filter: 'a\u0000b\ud800' },
    });

    const [row] = await stored(`req-canonical-\uFFFD\uFFFD${'x'.repeat(128 - 16)}`);
    expect(row).toEqual({
      resource_id: null,
      participant_id: person.id,
      route: 'GET /api/v1/participants/:id\uFFFD',
      details: {
        reason: 'no_relation',
        filter: 'a\uFFFDb\uFFFD',
        rawResourceId: 'not-a-uuid',
        rawUnitId: `{${tenant.units.ame}}`,
      },
    });
    const [result] = await verify();
    expect(result).toMatchObject({ breakCount: 0, breaks: [] });
  });
});
