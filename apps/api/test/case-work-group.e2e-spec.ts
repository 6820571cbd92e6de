import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '@steg/audit';
import { CaseGroupTarget, CaseWork } from '@steg/case-work';
import type { Actor, UserPrincipal } from '@steg/http';
import { NotFoundError } from '@steg/kernel';
import { MASK } from '@steg/access';
import { givenParticipant, GivenParticipant, givenTenant, Tenant } from '@steg/testing';
import { statementsOf } from './support/statements';
import { startTestApp, TestApp } from './support/test-app';

/** A record that carries several people: a stand-in for a work team's day. */
interface Group {
  id: string;
  people: string[];
}

class GroupNotFoundError extends NotFoundError {
  constructor() {
    super('The group', 'GROUP_NOT_FOUND');
  }
}

/**
 * The gate's group form (CaseWork.readGroup/writeGroup, issue 13): one load and one decision for
 * the group, its people read in one query whatever their number, one event per person touched, a
 * refusal as one denied event on the group; and recordEach on a single target.
 */
describe('the case-data gate: a group of people, and a write of several sub-records', () => {
  let t: TestApp;
  let tenant: Tenant;
  let gate: CaseWork;
  let plain: GivenParticipant;
  let hidden: GivenParticipant;
  let others: GivenParticipant[];

  const actor = (overrides: Partial<UserPrincipal> = {}): Actor => ({
    principal: {
      kind: 'user',
      userId: tenant.users.ame_coach.id,
      municipalityId: tenant.municipalityId,
      username: 'coach',
      displayName: 'Coach',
      memberships: [{ unitId: tenant.units.ame, role: 'ame_coach' }],
      permissions: [],
      ...overrides,
    },
    requestId: `case-work-group-${randomUUID()}`,
    ip: '10.0.0.1',
    route: 'TEST',
  });
  const eventsOf = (a: Actor) =>
    t.dataSource.query<
      {
        action: string;
        outcome: string;
        resource_id: string | null;
        participant_id: string | null;
        unit_id: string | null;
        protected_person: boolean;
        details: Record<string, unknown> | null;
      }[]
    >(
      `SELECT action, outcome, resource_id, participant_id, unit_id, protected_person, details
         FROM audit_events WHERE request_id = $1 ORDER BY seq`,
      [a.requestId],
    );
  const settingsRows = () =>
    t.dataSource.query(`SELECT 1 FROM attendance_settings WHERE municipality_id = $1`, [
      tenant.municipalityId,
    ]);

  const target = (
    group: Group | null,
    overrides: Partial<CaseGroupTarget<Group>> = {},
  ): CaseGroupTarget<Group> => ({
    resourceType: 'test_group',
    action: 'update',
    roles: ['ame_coach'],
    resourceId: group?.id ?? '00000000-0000-4000-8000-0000000000aa',
    load: () => Promise.resolve(group),
    participantIds: (g) => g.people,
    reach: () => ({ audience: 'case', unitId: tenant.units.ame }),
    notFound: () => new GroupNotFoundError(),
    details: { groupId: group?.id ?? 'unknown' },
    ...overrides,
  });
  const touchAll = (g: Group): (Partial<AuditEntry> & { participantId: string })[] =>
    g.people.map((participantId) => ({ participantId, resourceId: participantId }));

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    gate = t.app.get(CaseWork);
    plain = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame, {
      firstName: 'Synlig',
    });
    hidden = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame, {
      protection: 'protected_registration',
      firstName: 'Dold',
    });
    others = [];
    for (let i = 0; i < 6; i++) {
      others.push(await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame));
    }
  });
  afterAll(() => t.close());

  it('refuses an unknown group with the context’s 404 and one denied event on it; the work never runs', async () => {
    const a = actor();
    let ran = false;
    await expect(
      gate.writeGroup(a, target(null), () => {
        ran = true;
        return Promise.resolve();
      }),
    ).rejects.toBeInstanceOf(GroupNotFoundError);
    expect(ran).toBe(false);
    expect(await eventsOf(a)).toEqual([
      expect.objectContaining({
        action: 'update',
        outcome: 'denied',
        resource_id: '00000000-0000-4000-8000-0000000000aa',
        participant_id: null,
        details: { groupId: 'unknown', reason: 'unknown' },
      }),
    ]);
  });

  it('refuses a caller the group’s reach leaves out, as narrowed to the action’s roles', async () => {
    const group = { id: randomUUID(), people: [plain.id] };
    const seenAs: string[][] = [];
    const reach: CaseGroupTarget<Group>['reach'] = (_g, principal) => {
      seenAs.push(principal.kind === 'user' ? principal.memberships.map((m) => m.role) : []);
      return null;
    };
    // A coach who is also an IFO caseworker is asked about as the coach only.
    const a = actor({
      memberships: [
        { unitId: tenant.units.ame, role: 'ame_coach' },
        { unitId: tenant.units.ifo, role: 'ifo_caseworker' },
      ],
    });
    await expect(
      gate.readGroup(a, target(group, { reach, action: 'view' }), () => Promise.resolve('seen')),
    ).rejects.toBeInstanceOf(GroupNotFoundError);
    expect(seenAs).toEqual([['ame_coach']]);
    expect(await eventsOf(a)).toEqual([
      expect.objectContaining({
        action: 'view',
        outcome: 'denied',
        resource_id: group.id,
        details: { groupId: group.id, reason: 'no_relation' },
      }),
    ]);
  });

  it('reads the people in one query whatever their number, and writes one event per person touched', async () => {
    const few = { id: randomUUID(), people: [plain.id] };
    const many = { id: randomUUID(), people: [plain.id, hidden.id, ...others.map((o) => o.id)] };
    const write = (g: Group) =>
      gate.writeGroup(actor(), target(g), (_manager, reach) => {
        reach.recordEach(touchAll(g));
        return Promise.resolve();
      });
    const sentForFew = await statementsOf(() => write(few));
    const sentForMany = await statementsOf(() => write(many));
    expect(sentForMany.length).toBe(sentForFew.length);
    expect(sentForMany.filter((s) => s.includes('FROM participants'))).toHaveLength(1);

    const a = actor();
    const members = await gate.writeGroup(a, target(many), (_manager, reach) => {
      reach.recordEach(
        touchAll(many)
          .slice(0, 2)
          .map((e) => ({ ...e, details: { day: '2026-03-16' } })),
      );
      return Promise.resolve(reach.members);
    });
    expect(members.get(plain.id)).toMatchObject({
      person: { firstName: 'Synlig' },
      protectedPerson: false,
      identityVisible: true,
    });
    expect(members.get(hidden.id)).toMatchObject({
      person: { firstName: MASK, lastName: MASK },
      protectedPerson: true,
      identityVisible: false,
    });
    expect(await eventsOf(a)).toEqual([
      {
        action: 'update',
        outcome: 'success',
        resource_id: plain.id,
        participant_id: plain.id,
        unit_id: tenant.units.ame,
        protected_person: false,
        details: { groupId: many.id, day: '2026-03-16' },
      },
      expect.objectContaining({ participant_id: hidden.id, protected_person: true }),
    ]);
  });

  it('unmasks names for a caller with the permission', async () => {
    const group = { id: randomUUID(), people: [hidden.id] };
    const members = await gate.readGroup(
      actor({ permissions: ['protected_identity'] }),
      target(group, { action: 'view' }),
      (_manager, reach) => Promise.resolve(reach.members),
    );
    expect(members.get(hidden.id)).toMatchObject({ person: { firstName: 'Dold' }, identityVisible: true });
  });

  it('rolls a failed write back, with no event; a read that showed no one leaves no event', async () => {
    const group = { id: randomUUID(), people: [plain.id] };
    const a = actor();
    await expect(
      gate.writeGroup(a, target(group), async (manager, reach) => {
        await manager.query(
          `INSERT INTO attendance_settings (municipality_id, back_report_days, version) VALUES ($1, 3, 1)`,
          [tenant.municipalityId],
        );
        reach.recordEach(touchAll(group));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await settingsRows()).toEqual([]);
    expect(await eventsOf(a)).toEqual([]);

    const reader = actor();
    await gate.readGroup(reader, target(group, { action: 'view' }), () => Promise.resolve());
    expect(await eventsOf(reader)).toEqual([]);
  });

  it('recordEach on a single target writes one event per sub-record instead of the main one, none for none', async () => {
    const single = (a: Actor, patches: Partial<AuditEntry>[]) =>
      gate.write(
        a,
        {
          resourceType: 'test_record',
          action: 'update',
          roles: ['ame_coach'],
          participantId: plain.id,
          resourceId: plain.id,
          notFound: () => new GroupNotFoundError(),
          details: { on: 'main' },
        },
        (_manager, reach) => Promise.resolve(reach.recordEach(patches)),
      );
    const [first, second] = [randomUUID(), randomUUID()];
    const two = actor();
    await single(two, [
      { action: 'create', resourceId: first },
      { resourceId: second, details: { day: '2026-03-16' } },
    ]);
    expect((await eventsOf(two)).map((e) => [e.action, e.resource_id, e.participant_id, e.details])).toEqual([
      ['create', first, plain.id, { on: 'main' }],
      ['update', second, plain.id, { on: 'main', day: '2026-03-16' }],
    ]);
    const none = actor();
    await single(none, []);
    expect(await eventsOf(none)).toEqual([]);
  });
});
