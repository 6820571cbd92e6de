import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  IsOptionalNullable,
  Trimmed,
  ValidateNestedObject,
} from '@steg/http';
import {
  ORGANISATION_TYPES,
  SIP_CLOSE_REASONS,
  type OrganisationType,
  type SipCloseReason,
} from '../domain/sip.types';

export const MAX_SIP_ITEMS = 30;

const OWN_ID =
  'Send the id you read to keep following the same item in the new version. A new item gets one; or ' +
  'send a UUID of your own to name it in this same request (a measure or the overall responsibility)';

export class SipConsentInputDto {
  @ApiProperty({ description: 'The day the participant consented to SIP (samtycke), not in the future' })
  @IsCalendarDate()
  givenOn: string;

  @ApiProperty({
    description: 'What the consent covers (omfattning), in the words used with the participant',
  })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  covers: string;

  @ApiProperty({
    description:
      'The participant agrees that närstående (relatives or others close to them) take part: a consent of its own',
  })
  @IsBoolean()
  relativesIncluded: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'The day the participant withdrew the consent (återkallat samtycke). The same version must then name no ' +
      'external party or närstående; earlier versions keep who took part while the consent held',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  withdrawnOn?: string | null;
}

export class SipExternalPartyInputDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: OWN_ID })
  @IsOptionalNullable()
  @IsUUID()
  id?: string | null;

  @ApiProperty({
    enum: ORGANISATION_TYPES,
    description:
      'region = Region (hälso- och sjukvård, psykiatri), forsakringskassan = Försäkringskassan, ' +
      'arbetsformedlingen = Arbetsförmedlingen, other_municipality = annan kommun, school = skola, other = annan',
  })
  @IsIn(ORGANISATION_TYPES)
  organisationType: OrganisationType;

  @ApiProperty({ description: 'The organisation or its part, e.g. "Psykiatriska öppenvårdsmottagningen"' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  organisationName: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The contact person (kontaktperson)' })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  personName?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Their role, e.g. "kurator", "handläggare"',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  role?: string | null;
}

export class SipRelativeInputDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: OWN_ID })
  @IsOptionalNullable()
  @IsUUID()
  id?: string | null;

  @ApiProperty({ description: 'Name of the närstående' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Relation, e.g. "mor", "god man"' })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  relation?: string | null;
}

export class SipNeedInputDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: OWN_ID })
  @IsOptionalNullable()
  @IsUUID()
  id?: string | null;

  @ApiProperty({ description: 'The need (behov), in words' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  description: string;
}

export class SipMeasureInputDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: OWN_ID })
  @IsOptionalNullable()
  @IsUUID()
  id?: string | null;

  @ApiProperty({ format: 'uuid', description: 'The need (behov) of this SIP the measure is for' })
  @IsUUID()
  needId: string;

  @ApiProperty({ description: 'The measure (insats/åtgärd), in words' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  measure: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Who provides it (ansvarig part): a municipal unit id or an external party id of this SIP',
  })
  @IsUUID()
  responsibleParty: string;
}

/** The whole content of a SIP version; every save sends all of it. */
export class SipContentDto {
  @ApiPropertyOptional({
    type: SipConsentInputDto,
    nullable: true,
    description:
      "The participant's consent to SIP. Required before anyone outside the municipality is recorded; once " +
      'recorded it is withdrawn (withdrawnOn), never removed',
  })
  @IsOptionalNullable()
  @ValidateNestedObject()
  @Type(() => SipConsentInputDto)
  consent?: SipConsentInputDto | null;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: "The municipality's own units taking part (IFO, AME …)",
  })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_SIP_ITEMS)
  @IsArray()
  unitIds: string[];

  @ApiProperty({
    type: [SipExternalPartyInputDto],
    description: 'People of organisations outside the municipality taking part (Region, Försäkringskassan …)',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => SipExternalPartyInputDto)
  @ArrayMaxSize(MAX_SIP_ITEMS)
  @IsArray()
  externalParties: SipExternalPartyInputDto[];

  @ApiProperty({
    type: [SipRelativeInputDto],
    description: 'Närstående taking part: only with a consent that includes them (relativesIncluded)',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => SipRelativeInputDto)
  @ArrayMaxSize(MAX_SIP_ITEMS)
  @IsArray()
  relatives: SipRelativeInputDto[];

  @ApiProperty({ type: [SipNeedInputDto], description: 'The needs (behov) the SIP coordinates' })
  @ValidateNestedObject({ each: true })
  @Type(() => SipNeedInputDto)
  @ArrayMaxSize(MAX_SIP_ITEMS)
  @IsArray()
  needs: SipNeedInputDto[];

  @ApiProperty({
    type: [SipMeasureInputDto],
    description: 'Which party provides which measure for which need (vem gör vad)',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => SipMeasureInputDto)
  @ArrayMaxSize(MAX_SIP_ITEMS)
  @IsArray()
  measures: SipMeasureInputDto[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'Who holds overall responsibility (huvudansvar): a municipal unit id or an external party id',
  })
  @IsOptionalNullable()
  @IsUUID()
  leadParty?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'When the SIP is followed up (uppföljning)',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  followUpOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      "The participant's development plan (utvecklingsplan) the SIP relates to; when newly linked, an active one",
  })
  @IsOptionalNullable()
  @IsUUID()
  planId?: string | null;
}

export class CreateSipDto extends SipContentDto {}

export class UpdateSipDto extends SipContentDto {
  @ApiProperty({ description: 'What changed, in words' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  changeSummary: string;
}

export class CloseSipDto {
  @ApiProperty({
    enum: SIP_CLOSE_REASONS,
    description:
      'goals_met = målen uppnådda, no_longer_needed = samordning behövs inte längre, consent_withdrawn = ' +
      'samtycket återkallat, participant_declined = den enskilde avböjer, moved = flyttat, other = annat',
  })
  @IsIn(SIP_CLOSE_REASONS)
  reason: SipCloseReason;

  @ApiPropertyOptional({ description: 'The day it closed; default today, never in the future' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  closedOn?: string;

  @ApiPropertyOptional({ description: 'Why, in words' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  note?: string;
}

export class RecordSipMeetingDto {
  @ApiProperty({ description: 'The day the SIP meeting (SIP-möte) was held, not in the future' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ description: 'The participant took part' })
  @IsBoolean()
  participantAttended: boolean;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Who else took part: unit, external party and närstående ids of the SIP as it stands',
  })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_SIP_ITEMS * 3)
  @IsArray()
  attendees: string[];

  @ApiPropertyOptional({ description: 'Notes from the meeting (anteckningar)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 8000)
  @IsString()
  notes?: string;
}
