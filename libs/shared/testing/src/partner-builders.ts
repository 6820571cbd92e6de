import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AgreementKind, PartnerType } from '@steg/partners';
import {
  AgreementEntity,
  AgreementPartyEntity,
  PartnerContactEntity,
  PartnerEntity,
  PartnerInvolvementEntity,
} from '@steg/partners/schema';

/** A partner (samverkanspart) with one contact person. */
export async function givenPartner(
  ds: DataSource,
  municipalityId: string,
  options: { type?: PartnerType; name?: string; active?: boolean } = {},
): Promise<{ id: string; name: string; contactId: string }> {
  const partner = await ds.getRepository(PartnerEntity).save({
    municipalityId,
    type: options.type ?? 'arbetsformedlingen',
    name: options.name ?? `Partner ${randomUUID().slice(0, 8)}`,
    organisationNumber: null,
    active: options.active ?? true,
  });
  const contact = await ds.getRepository(PartnerContactEntity).save({
    municipalityId,
    partnerId: partner.id,
    name: 'Kim Kontakt',
    role: 'arbetsförmedlare',
    email: null,
    phone: null,
  });
  return { id: partner.id, name: partner.name, contactId: contact.id };
}

/** An agreement (överenskommelse) with the given parties. */
export async function givenAgreement(
  ds: DataSource,
  options: {
    municipalityId: string;
    partnerIds: string[];
    responsibleUserId: string;
    kind?: AgreementKind;
    title?: string;
    validFrom?: string;
    validTo?: string | null;
  },
): Promise<{ id: string }> {
  const agreement = await ds.getRepository(AgreementEntity).save({
    municipalityId: options.municipalityId,
    kind: options.kind ?? 'local_agreement',
    title: options.title ?? `Överenskommelse ${randomUUID().slice(0, 8)}`,
    purpose: 'Samverkan kring arbetssökande',
    validFrom: options.validFrom ?? '2026-01-01',
    validTo: options.validTo === undefined ? '2026-12-31' : options.validTo,
    documentReference: null,
    responsibleUserId: options.responsibleUserId,
  });
  await ds.getRepository(AgreementPartyEntity).insert(
    options.partnerIds.map((partnerId) => ({
      agreementId: agreement.id,
      partnerId,
      municipalityId: options.municipalityId,
    })),
  );
  return { id: agreement.id };
}

/** A partner's involvement in an enrolment. */
export async function givenPartnerInvolvement(
  ds: DataSource,
  options: {
    municipalityId: string;
    participantId: string;
    enrolmentId: string;
    partnerId: string;
    recordedBy: string;
    contactId?: string | null;
    fromDate?: string;
  },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(PartnerInvolvementEntity).save({
    municipalityId: options.municipalityId,
    participantId: options.participantId,
    enrolmentId: options.enrolmentId,
    partnerId: options.partnerId,
    contactId: options.contactId ?? null,
    agreementId: null,
    description: 'Matchning mot arbete',
    fromDate: options.fromDate ?? '2026-02-02',
    toDate: null,
    recordedBy: options.recordedBy,
  });
  return { id: saved.id };
}
