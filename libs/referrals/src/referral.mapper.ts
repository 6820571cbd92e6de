import { calendarDateInStockholm } from '@steg/kernel';
import { identityVisible, visibleName } from '@steg/access';
import type { Protection } from '@steg/participants';
import { daysBetween, koladaSourceGroup } from './domain/referral.rules';
import type { ReferralAction } from './domain/referral.types';
import type { EnrolmentDto } from './dto/enrolment-response.dto';
import type { ReferralLeadTimes } from './domain/flow.rules';
import type {
  ReferralDto,
  ReferralEventDto,
  ReferralListItemDto,
  ReferralParticipantDto,
} from './dto/referral-response.dto';
import type { EnrolmentEntity, ReferralEntity, ReferralEventEntity } from './referral.entity';

/** The person on a list row, as the participant mapper would show them to this caller. */
export interface ListedPerson {
  id: string;
  firstName: string;
  lastName: string;
  protection: Protection;
}

/** The only way referral and enrolment data leaves the service: entities in, response DTOs out. */
export const referralMapper = {
  referral(
    r: ReferralEntity,
    events: ReferralEventEntity[],
    allowedActions: ReferralAction[],
    enrolmentId: string | null,
    leadTimes: ReferralLeadTimes,
  ): ReferralDto {
    return {
      id: r.id,
      participantId: r.participantId,
      source: r.source,
      sourceGroup: koladaSourceGroup(r.source),
      reason: r.reason,
      requestedSupport: r.requestedSupport,
      sharingBasis: r.sharingBasis,
      consentId: r.consentId,
      legalGround: r.legalGround,
      referringUnitId: r.referringUnitId,
      referringUserId: r.referringUserId,
      receivingUnitId: r.receivingUnitId,
      desiredStart: r.desiredStart,
      agreementId: r.agreementId,
      status: r.status,
      sentAt: r.sentAt?.toISOString() ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      returnReason: r.returnReason,
      reEntry: r.reEntry,
      previousEnrolmentId: r.previousEnrolmentId,
      imported: r.importedAt !== null,
      enrolmentId,
      leadTimes,
      allowedActions,
      events: events.map((e) => referralMapper.event(e)),
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  },

  event(e: ReferralEventEntity): ReferralEventDto {
    return {
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      occurredAt: e.occurredAt.toISOString(),
      userId: e.userId,
      reason: e.reason,
    };
  },

  /** `mayUnmask`: the caller holds the protected_identity permission. */
  listItem(r: ReferralEntity, person: ListedPerson, mayUnmask: boolean, today: string): ReferralListItemDto {
    return {
      id: r.id,
      participant: referralMapper.person(person, mayUnmask),
      source: r.source,
      sourceGroup: koladaSourceGroup(r.source),
      status: r.status,
      referringUnitId: r.referringUnitId,
      receivingUnitId: r.receivingUnitId,
      desiredStart: r.desiredStart,
      sentAt: r.sentAt?.toISOString() ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      daysWaiting:
        r.status === 'sent' && r.sentAt ? daysBetween(calendarDateInStockholm(r.sentAt), today) : null,
      reEntry: r.reEntry,
      createdAt: r.createdAt.toISOString(),
    };
  },

  /** Masked exactly as participantMapper.summary masks a protected person. */
  person(p: ListedPerson, mayUnmask: boolean): ReferralParticipantDto {
    return {
      id: p.id,
      masked: !identityVisible(p.protection, mayUnmask),
      ...visibleName(p, mayUnmask),
      protection: p.protection,
    };
  },

  enrolment(e: EnrolmentEntity): EnrolmentDto {
    return {
      id: e.id,
      participantId: e.participantId,
      ameUnitId: e.ameUnitId,
      referralId: e.referralId,
      status: e.exitDate === null ? 'open' : 'exited',
      startDate: e.startDate,
      responsibleCoachId: e.responsibleCoachId,
      ifoCaseworkerId: e.ifoCaseworkerId,
      timeWithoutWork: e.timeWithoutWork,
      firstInterventionStart: e.firstInterventionStart,
      exit:
        e.exitDate === null || e.exitDestination === null || e.outcomeCategory === null
          ? null
          : {
              exitDate: e.exitDate,
              destination: e.exitDestination,
              employmentLastsOneMonth: e.employmentLastsOneMonth,
              municipalLabourMarketEmployment: e.municipalLabourMarketEmployment,
              studyKind: e.studyKind,
              studiesQualifyForStudiemedel: e.studiesQualifyForStudiemedel,
              transferredTo: e.transferredTo,
              outcomeCategory: e.outcomeCategory,
              summary: e.exitSummary ?? '',
              followUpDate: e.followUpDate,
              exitedBy: e.exitedBy,
            },
      imported: e.importedAt !== null,
      version: e.version,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  },
};
