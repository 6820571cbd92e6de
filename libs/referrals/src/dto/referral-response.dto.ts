import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROTECTIONS } from '@steg/participants';
import {
  KOLADA_SOURCE_GROUPS,
  REFERRAL_ACTIONS,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  SHARING_BASES,
} from '../domain/referral.types';
import { REFERRAL_SOURCE_TERMS, REFERRAL_STATUS_TERMS } from './openapi-terms';

const ACTIONS =
  'send = skicka, accept = ta emot (skriv in), return = återvisa, withdraw = återta, edit = ändra; ' +
  'create = registrerad som utkast.';

export class ReferralEventDto {
  @ApiProperty({ enum: ['create', ...REFERRAL_ACTIONS], description: `What happened: ${ACTIONS}` })
  action: string;

  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, nullable: true, description: 'null for create' })
  fromStatus: string | null;

  @ApiProperty({ enum: REFERRAL_STATUSES })
  toStatus: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ format: 'uuid', description: 'Who did it' })
  userId: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why (for return and withdraw)' })
  reason: string | null;
}

/** A referral (aktualisering/remiss) with its history. */
export class ReferralLeadTimesDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Days from sent to accepted or returned',
  })
  sentToDecision: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Days from acceptance to enrolment start',
  })
  decisionToEnrolment: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Days from enrolment start to the first intervention (filled once placements exist)',
  })
  enrolmentToFirstIntervention: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'For a re-entry (återaktualisering): days from the previous exit to this referral',
  })
  exitToReEntry: number | null;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ enum: REFERRAL_SOURCES, description: REFERRAL_SOURCE_TERMS })
  source: string;

  @ApiProperty({
    enum: KOLADA_SOURCE_GROUPS,
    description: 'Kolada group of the source (U40806–U40810, U40824)',
  })
  sourceGroup: string;

  @ApiProperty({ description: 'Why the person is referred (anledning)' })
  reason: string;

  @ApiProperty({ description: 'What the referring unit asks AME for (uppdrag)' })
  requestedSupport: string;

  @ApiProperty({ enum: SHARING_BASES, description: 'consent = samtycke, legal_ground = annat lagstöd' })
  sharingBasis: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  consentId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  legalGround: string | null;

  @ApiProperty({ format: 'uuid' })
  referringUnitId: string;

  @ApiProperty({ format: 'uuid', description: 'The referring caseworker or coach' })
  referringUserId: string;

  @ApiProperty({ format: 'uuid', description: 'The receiving AME unit' })
  receivingUnitId: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Önskad start' })
  desiredStart: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The agreement (överenskommelse) the referral runs under',
  })
  agreementId: string | null;

  @ApiProperty({ enum: REFERRAL_STATUSES, description: REFERRAL_STATUS_TERMS })
  status: string;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'First sent (skickad); the flow is measured from here',
  })
  sentAt: string | null;

  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: "The receiving unit's decision: accepted (mottagen) or returned (återvisad)",
  })
  decidedAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it was returned (återvisad)' })
  returnReason: string | null;

  @ApiProperty({
    description: 'Återaktualisering: the person exited an enrolment within the 12 months before the referral',
  })
  reEntry: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The exited enrolment that makes this a re-entry',
  })
  previousEnrolmentId: string | null;

  @ApiProperty({
    description:
      'Moved in from a previous system (importerad historik, steg import cases): its days are the old ' +
      "system's, and the flow's lead times leave it out",
  })
  imported: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The enrolment (inskrivning) the accepted referral led to',
  })
  enrolmentId: string | null;

  @ApiProperty({
    type: ReferralLeadTimesDto,
    description:
      'Lead times of this referral in calendar days (Europe/Stockholm); the flow statistics sum these',
  })
  leadTimes: ReferralLeadTimesDto;

  @ApiProperty({
    enum: REFERRAL_ACTIONS,
    isArray: true,
    description: `What you may do next, given the status and your side (referring or receiving): ${ACTIONS}`,
  })
  allowedActions: string[];

  @ApiProperty({ type: [ReferralEventDto], description: 'Every transition: who, when, why' })
  events: ReferralEventDto[];

  @ApiProperty({ description: 'Row version; also the ETag' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** The person on a list row; masked like the participant record for protected identity. */
export class ReferralParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'True when protected identity hides the name' })
  masked: boolean;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ enum: PROTECTIONS })
  protection: string;
}

export class ReferralListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: ReferralParticipantDto })
  participant: ReferralParticipantDto;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  source: string;

  @ApiProperty({ enum: KOLADA_SOURCE_GROUPS })
  sourceGroup: string;

  @ApiProperty({ enum: REFERRAL_STATUSES, description: REFERRAL_STATUS_TERMS })
  status: string;

  @ApiProperty({ format: 'uuid' })
  referringUnitId: string;

  @ApiProperty({ format: 'uuid' })
  receivingUnitId: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  desiredStart: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  sentAt: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  decidedAt: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Days since it was sent (väntetid), while it waits for a decision',
  })
  daysWaiting: number | null;

  @ApiProperty({ description: 'Återaktualisering' })
  reEntry: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
