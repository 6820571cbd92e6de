import type { DataSource } from 'typeorm';
import { givenParticipant, type Tenant } from './builders';
import { givenInstance, givenPlacement, type GivenInstance } from './intervention-builders';
import { givenEnrolment } from './referral-builders';

export interface GivenEndedPlacement {
  participantId: string;
  enrolmentId: string;
  placementId: string;
  instance: GivenInstance;
}

/**
 * A person enrolled at the tenant's AME unit (its coach responsible) whose placement in `instance`
 * (a new one of the tenant's unless given) ran from `startDate` (default 2 February) and ended on `endedOn` (default 13
 * March 2026, before DEFAULT_TEST_NOW): their survey (brukaruppföljning) is due. `endedOn: null`
 * leaves the placement running.
 */
export async function givenEndedPlacement(
  ds: DataSource,
  tenant: Tenant,
  options: { instance?: GivenInstance; startDate?: string; endedOn?: string | null } = {},
): Promise<GivenEndedPlacement> {
  const m = tenant.municipalityId;
  const p = await givenParticipant(ds, m, tenant.units.ifo);
  const enrolment = await givenEnrolment(ds, {
    municipalityId: m,
    participantId: p.id,
    ameUnitId: tenant.units.ame,
    responsibleCoachId: tenant.users.ame_coach.id,
  });
  const instance =
    options.instance ?? (await givenInstance(ds, { municipalityId: m, responsibleUnitId: tenant.units.ame }));
  const placement = await givenPlacement(ds, {
    municipalityId: m,
    participantId: p.id,
    enrolmentId: enrolment.id,
    instance,
    createdBy: tenant.users.ame_coach.id,
    startDate: options.startDate,
    actualEndDate: options.endedOn === undefined ? '2026-03-13' : options.endedOn,
  });
  return { participantId: p.id, enrolmentId: enrolment.id, placementId: placement.id, instance };
}
