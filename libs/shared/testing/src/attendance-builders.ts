import { DataSource } from 'typeorm';
import { AttendanceMonthEntity, AttendanceSettingsEntity } from '@steg/attendance/schema';
import { givenParticipant, Tenant } from './builders';
import { givenInstance, GivenInstance, givenPlacement, givenSite } from './intervention-builders';
import { givenEnrolment } from './referral-builders';

/** A municipality's attendance settings row (the defaults apply without one). */
export async function givenReportingSettings(
  ds: DataSource,
  municipalityId: string,
  settings: { backReportDays?: number; unexcusedThresholdDays?: number } = {},
): Promise<void> {
  await ds.getRepository(AttendanceSettingsEntity).upsert(
    {
      municipalityId,
      backReportDays: settings.backReportDays ?? 14,
      unexcusedThresholdDays: settings.unexcusedThresholdDays ?? 1,
    },
    ['municipalityId'],
  );
}

/** A participant's month signed off (attesterad) by `signedBy`, written straight to the database. */
export async function givenLockedMonth(
  ds: DataSource,
  month: { municipalityId: string; participantId: string; month: string; signedBy: string },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(AttendanceMonthEntity).save({
    municipalityId: month.municipalityId,
    participantId: month.participantId,
    month: month.month,
    status: 'signed',
    signedBy: month.signedBy,
    signedAt: new Date('2026-03-02T10:00:00+01:00'),
  });
  return { id: saved.id };
}

/** An entry of a request body for the attendance PUTs: present for `presentMinutes`, new by default. */
export function anAttendanceEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { basedOnVersion: 0, code: 'present', presentMinutes: 180, ...overrides };
}

/** A site of the tenant's site unit and an instance there of its AME unit, running through 2026. */
export async function givenSiteInstance(ds: DataSource, tenant: Tenant): Promise<GivenInstance> {
  const site = await givenSite(ds, tenant.municipalityId, { unitId: tenant.units.site });
  return givenInstance(ds, {
    municipalityId: tenant.municipalityId,
    responsibleUnitId: tenant.units.ame,
    siteId: site.id,
    capacity: null,
    startsOn: '2026-01-05',
    endsOn: '2026-12-18',
  });
}

/**
 * A person enrolled at the tenant's AME unit and placed in `instance` since 2 February 2026, under
 * the tenant's supervisor: `placements` placements (default one), the first in `workTeamId`.
 */
export async function givenPlacedPerson(
  ds: DataSource,
  tenant: Tenant,
  instance: GivenInstance,
  options: { workTeamId?: string | null; placements?: number } = {},
): Promise<{ participantId: string; placementIds: string[] }> {
  const m = tenant.municipalityId;
  const person = await givenParticipant(ds, m, tenant.units.ifo);
  const enrolment = await givenEnrolment(ds, {
    municipalityId: m,
    participantId: person.id,
    ameUnitId: tenant.units.ame,
    responsibleCoachId: tenant.users.ame_coach.id,
    ifoCaseworkerId: tenant.users.ifo_caseworker.id,
    startDate: '2026-01-12',
  });
  const placementIds: string[] = [];
  for (let i = 0; i < (options.placements ?? 1); i++) {
    const placement = await givenPlacement(ds, {
      municipalityId: m,
      participantId: person.id,
      enrolmentId: enrolment.id,
      instance,
      createdBy: tenant.users.ame_coach.id,
      workTeamId: i === 0 ? (options.workTeamId ?? null) : null,
      supervisorId: tenant.users.supervisor.id,
      startDate: '2026-02-02',
    });
    placementIds.push(placement.id);
  }
  return { participantId: person.id, placementIds };
}
