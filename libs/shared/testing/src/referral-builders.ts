import { ParticipantRelationEntity } from '@steg/access/schema';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { calendarDateInStockholm } from '@steg/kernel';
import { ParticipantConsentEntity } from '@steg/participants/schema';
import { ExitDestination, OutcomeCategory, ReferralSource, ReferralStatus } from '@steg/referrals';
import { EnrolmentEntity, ReferralEntity, ReferralEventEntity } from '@steg/referrals/schema';

/** A request body for POST /referrals: IFO ekonomiskt bistånd on a legal ground, as a draft. */
export function aReferralRequest(
  participantId: string,
  receivingUnitId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    participantId,
    source: 'ifo_economic_assistance',
    reason: 'Långvarigt försörjningsstöd, behöver stöd mot arbete',
    requestedSupport: 'Kartläggning och arbetsträning',
    sharingBasis: 'legal_ground',
    legalGround: 'OSL 10 kap. 2 §',
    receivingUnitId,
    desiredStart: '2026-04-01',
    ...overrides,
  };
}

export interface GivenReferral {
  id: string;
  participantId: string;
  status: ReferralStatus;
}

/**
 * A referral written straight to the database with its history rows. A sent referral also gets the
 * receiving unit's 'referral' relation, as sending through the API would.
 */
export async function givenReferral(
  ds: DataSource,
  referral: {
    municipalityId: string;
    participantId: string;
    referringUnitId: string;
    referringUserId: string;
    receivingUnitId: string;
    status?: ReferralStatus;
    source?: ReferralSource;
    /** When it was sent; default 2026-03-10 09:00 Stockholm time for any status but draft. */
    sentAt?: Date;
  },
): Promise<GivenReferral> {
  const status = referral.status ?? 'draft';
  const sentAt = status === 'draft' ? null : (referral.sentAt ?? new Date('2026-03-10T09:00:00+01:00'));
  const saved = await ds.getRepository(ReferralEntity).save({
    municipalityId: referral.municipalityId,
    participantId: referral.participantId,
    source: referral.source ?? 'ifo_economic_assistance',
    reason: 'Behöver stöd mot arbete',
    requestedSupport: 'Kartläggning',
    sharingBasis: 'legal_ground',
    consentId: null,
    legalGround: 'OSL 10 kap. 2 §',
    referringUnitId: referral.referringUnitId,
    referringUserId: referral.referringUserId,
    receivingUnitId: referral.receivingUnitId,
    desiredStart: null,
    status,
    sentAt,
    decidedAt: ['accepted', 'returned'].includes(status) ? sentAt : null,
    returnReason: status === 'returned' ? 'Fel enhet' : null,
    reEntry: false,
    previousEnrolmentId: null,
  });
  const events: Partial<ReferralEventEntity>[] = [
    {
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      occurredAt: sentAt ?? new Date('2026-03-09T09:00:00+01:00'),
    },
  ];
  if (sentAt) {
    events.push({ action: 'send', fromStatus: 'draft', toStatus: 'sent', occurredAt: sentAt });
    if (status !== 'sent') {
      const action = status === 'accepted' ? 'accept' : status === 'returned' ? 'return' : 'withdraw';
      events.push({ action, fromStatus: 'sent', toStatus: status, occurredAt: sentAt });
    }
  }
  await ds.getRepository(ReferralEventEntity).insert(
    events.map((e) => ({
      ...e,
      municipalityId: referral.municipalityId,
      referralId: saved.id,
      userId: referral.referringUserId,
      reason: null,
    })),
  );
  if (sentAt) {
    const sentOn = calendarDateInStockholm(sentAt);
    await ds.getRepository(ParticipantRelationEntity).insert({
      userId: null,
      municipalityId: referral.municipalityId,
      participantId: referral.participantId,
      kind: 'referral',
      unitId: referral.receivingUnitId,
      sourceId: saved.id,
      startedOn: sentOn,
      endedOn: status === 'sent' ? null : sentOn,
    });
  }
  return { id: saved.id, participantId: saved.participantId, status };
}

export interface GivenEnrolment {
  id: string;
  participantId: string;
  ameUnitId: string;
}

/**
 * An enrolment written straight to the database with the unit's 'enrolment' relation (closed on the
 * exit date when there is one). An exit defaults to destination 'completed' (category D).
 */
export async function givenEnrolment(
  ds: DataSource,
  enrolment: {
    municipalityId: string;
    participantId: string;
    ameUnitId: string;
    responsibleCoachId: string;
    ifoCaseworkerId?: string | null;
    referralId?: string | null;
    startDate?: string;
    exitDate?: string | null;
    destination?: ExitDestination;
    outcomeCategory?: OutcomeCategory;
  },
): Promise<GivenEnrolment> {
  const exitDate = enrolment.exitDate ?? null;
  const startDate = enrolment.startDate ?? '2026-01-12';
  const saved = await ds.getRepository(EnrolmentEntity).save({
    municipalityId: enrolment.municipalityId,
    participantId: enrolment.participantId,
    ameUnitId: enrolment.ameUnitId,
    referralId: enrolment.referralId ?? null,
    startDate,
    responsibleCoachId: enrolment.responsibleCoachId,
    ifoCaseworkerId: enrolment.ifoCaseworkerId ?? null,
    timeWithoutWork: 'unknown',
    exitDate,
    exitDestination: exitDate ? (enrolment.destination ?? 'completed') : null,
    outcomeCategory: exitDate ? (enrolment.outcomeCategory ?? 'D') : null,
    exitSummary: exitDate ? 'Uppdraget slutfört' : null,
    exitedBy: exitDate ? enrolment.responsibleCoachId : null,
    createdBy: enrolment.responsibleCoachId,
  });
  await ds.getRepository(ParticipantRelationEntity).insert({
    userId: null,
    municipalityId: enrolment.municipalityId,
    participantId: enrolment.participantId,
    kind: 'enrolment',
    unitId: enrolment.ameUnitId,
    sourceId: saved.id,
    startedOn: startDate,
    endedOn: exitDate,
  });
  return { id: saved.id, participantId: saved.participantId, ameUnitId: saved.ameUnitId };
}

/** A consent (samtycke) of a participant, in force unless `withdrawnOn` is given. */
export async function givenConsent(
  ds: DataSource,
  consent: { municipalityId: string; participantId: string; givenOn?: string; withdrawnOn?: string | null },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(ParticipantConsentEntity).save({
    municipalityId: consent.municipalityId,
    participantId: consent.participantId,
    parties: ['ifo', 'ame'],
    namedPartners: [],
    covers: 'Uppgifter som behövs för insatsen hos AME',
    givenOn: consent.givenOn ?? '2026-03-01',
    validUntil: null,
    recordedBy: randomUUID(),
    withdrawnOn: consent.withdrawnOn ?? null,
    withdrawnRecordedBy: consent.withdrawnOn ? randomUUID() : null,
  });
  return { id: saved.id };
}
