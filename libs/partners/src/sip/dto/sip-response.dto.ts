import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_TYPES, SIP_CLOSE_REASONS, SIP_STATUSES } from '../domain/sip.types';

export class SipConsentDto {
  @ApiProperty({ description: 'Samtycke given on' })
  givenOn: string;

  @ApiProperty({ description: 'What the consent covers (omfattning)' })
  covers: string;

  @ApiProperty({ description: 'Närstående may take part' })
  relativesIncluded: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Återkallat on' })
  withdrawnOn: string | null;

  @ApiProperty({ format: 'uuid', description: 'The staff user who recorded the consent as it stands' })
  recordedBy: string;

  @ApiProperty({ description: 'When they recorded it' })
  recordedAt: string;
}

export class SipExternalPartyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  organisationType: string;

  @ApiProperty()
  organisationName: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Kontaktperson' })
  personName: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  role: string | null;
}

export class SipRelativeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Närstående' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  relation: string | null;
}

export class SipNeedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Behov' })
  description: string;
}

export class SipMeasureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  needId: string;

  @ApiProperty({ description: 'Insats/åtgärd' })
  measure: string;

  @ApiProperty({ format: 'uuid', description: 'A municipal unit id or an external party id' })
  responsibleParty: string;
}

export class SipContentResponseDto {
  @ApiPropertyOptional({ type: SipConsentDto, nullable: true })
  consent: SipConsentDto | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  unitIds: string[];

  @ApiProperty({ type: [SipExternalPartyDto] })
  externalParties: SipExternalPartyDto[];

  @ApiProperty({ type: [SipRelativeDto] })
  relatives: SipRelativeDto[];

  @ApiProperty({ type: [SipNeedDto] })
  needs: SipNeedDto[];

  @ApiProperty({ type: [SipMeasureDto] })
  measures: SipMeasureDto[];

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Huvudansvar' })
  leadParty: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Uppföljning' })
  followUpOn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Utvecklingsplan' })
  planId: string | null;
}

export class SipMeetingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  heldOn: string;

  @ApiProperty()
  participantAttended: boolean;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Unit, external party and närstående ids' })
  attendees: string[];

  @ApiProperty({ description: 'The SIP version the meeting was held under, naming its parties' })
  versionNo: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  notes: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty()
  recordedAt: string;
}

/** One line of the SIP's history: who saved which version, when, and what changed. */
export class SipHistoryItemDto {
  @ApiProperty()
  versionNo: number;

  @ApiProperty({ format: 'uuid' })
  createdBy: string;

  @ApiProperty()
  createdAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  changeSummary: string | null;

  @ApiProperty({ type: [String], description: 'The content fields that changed' })
  changedFields: string[];
}

export class SipVersionDto extends SipHistoryItemDto {
  @ApiProperty({ format: 'uuid' })
  sipId: string;

  @ApiProperty({ type: SipContentResponseDto, description: 'The content exactly as saved' })
  content: SipContentResponseDto;
}

export class SipSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ enum: SIP_STATUSES, description: 'draft = utkast, active = pågår, closed = avslutad' })
  status: string;

  @ApiProperty({ format: 'uuid', description: 'The coordinator (samordnare)' })
  coordinatorId: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Uppföljning' })
  followUpOn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Started (draft → active) on' })
  activatedOn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Who started it' })
  activatedBy: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  closedOn: string | null;

  @ApiPropertyOptional({ nullable: true, enum: SIP_CLOSE_REASONS, type: String })
  closeReason: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  closeNote: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Who closed it' })
  closedBy: string | null;

  @ApiProperty({ description: 'The current version number of the content' })
  versionNo: number;

  @ApiProperty({ description: 'The ETag version (If-Match)' })
  version: number;

  @ApiProperty()
  createdAt: string;
}

export class SipDto extends SipSummaryDto {
  @ApiProperty({ type: SipContentResponseDto })
  content: SipContentResponseDto;

  @ApiProperty({ type: [SipMeetingDto], description: 'SIP meetings, the latest first' })
  meetings: SipMeetingDto[];

  @ApiProperty({ type: [SipHistoryItemDto], description: 'Every version, the first first' })
  history: SipHistoryItemDto[];
}

export class SipListDto {
  @ApiProperty({ type: [SipSummaryDto], description: "The participant's SIPs, the latest first" })
  items: SipSummaryDto[];
}
