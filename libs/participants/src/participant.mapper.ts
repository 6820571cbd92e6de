import { formatIdentityNumber } from '@steg/kernel';
import { MASK } from '@steg/access';
import type {
  ConsentDto,
  ParticipantDto,
  ParticipantForSupervisorDto,
  ParticipantSummaryDto,
} from './dto/participant-response.dto';
import type {
  ParticipantConsentEntity,
  ParticipantEntity,
  ParticipantIdentifierEntity,
} from './participant.entity';

/**
 * The only way participant data leaves the service: one mapper per audience, each naming the fields
 * that audience may see. `visible` is false for a protected person and a caller without permission.
 */
export const participantMapper = {
  full(
    p: ParticipantEntity,
    identifiers: ParticipantIdentifierEntity[],
    consents: ParticipantConsentEntity[],
    visible: boolean,
  ): ParticipantDto {
    const current = identifiers.find((i) => i.replacedAt === null) ?? null;
    return {
      id: p.id,
      masked: !visible,
      identityNumber: visible && current ? formatIdentityNumber(current.value) : null,
      identityKind: visible && current ? current.kind : null,
      identityIncomplete: p.identityIncomplete,
      identifiers: visible
        ? identifiers.map((i) => ({
            kind: i.kind,
            identityNumber: formatIdentityNumber(i.value),
            current: i.replacedAt === null,
            validFrom: i.validFrom.toISOString(),
            replacedAt: i.replacedAt?.toISOString() ?? null,
            reason: i.reason,
          }))
        : [],
      birthDate: visible ? p.birthDate : null,
      firstName: visible ? p.firstName : MASK,
      lastName: visible ? p.lastName : MASK,
      gender: p.gender,
      preferredLanguage: p.preferredLanguage,
      interpreterNeeded: p.interpreterNeeded,
      email: visible ? p.email : null,
      phone: visible ? p.phone : null,
      address: visible
        ? { street: p.addressStreet, postalCode: p.addressPostalCode, city: p.addressCity }
        : { street: null, postalCode: null, city: null },
      educationLevel: p.educationLevel,
      timeWithoutWork: p.timeWithoutWork,
      inEstablishmentProgramme: p.inEstablishmentProgramme,
      registeredAtArbetsformedlingen: p.registeredAtArbetsformedlingen,
      socialAssistance: { receives: p.receivesSocialAssistance, since: p.socialAssistanceSince },
      protection: p.protection,
      consents: consents.map((c) => participantMapper.consent(c)),
      registeredByUnitId: p.registeredByUnitId,
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  },

  consent(c: ParticipantConsentEntity): ConsentDto {
    return {
      id: c.id,
      parties: c.parties,
      namedPartners: c.namedPartners,
      covers: c.covers,
      givenOn: c.givenOn,
      validUntil: c.validUntil,
      withdrawnOn: c.withdrawnOn,
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt.toISOString(),
    };
  },

  forSupervisor(p: ParticipantEntity, visible: boolean): ParticipantForSupervisorDto {
    return {
      id: p.id,
      masked: !visible,
      firstName: visible ? p.firstName : MASK,
      lastName: visible ? p.lastName : MASK,
    };
  },

  summary(p: ParticipantEntity, currentIdentifier: string | null, visible: boolean): ParticipantSummaryDto {
    return {
      id: p.id,
      masked: !visible,
      identityNumber: visible && currentIdentifier ? formatIdentityNumber(currentIdentifier) : null,
      birthDate: visible ? p.birthDate : null,
      firstName: visible ? p.firstName : MASK,
      lastName: visible ? p.lastName : MASK,
      protection: p.protection,
    };
  },
};
