import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, IsOptionalNullable } from '@steg/http';

import { TIME_WITHOUT_WORK, type TimeWithoutWork } from '@steg/participants';

import {
  REFERRAL_SOURCES,
  SHARING_BASES,
  type ReferralSource,
  type SharingBasis,
} from '../domain/referral.types';

import { REFERRAL_SOURCE_TERMS, TIME_WITHOUT_WORK_TERMS } from './openapi-terms';

const SHARING =
  'Legal basis for disclosing IFO information to AME (OSL 26 kap.): consent = samtycke (give consentId), ' +
  'legal_ground = another ground (give legalGround).';

export class CreateReferralDto {
  @ApiProperty({ format: 'uuid', description: 'The participant (deltagare); you must see the person' })
  @IsUUID()
  participantId: string;

  @ApiProperty({ enum: REFERRAL_SOURCES, description: REFERRAL_SOURCE_TERMS })
  @IsIn(REFERRAL_SOURCES)
  source: ReferralSource;

  @ApiProperty({ description: 'Why the person is referred (anledning till aktualiseringen)' })
  @IsString()
  @Length(1, 4000)
  reason: string;

  @ApiProperty({ description: 'What the referring unit asks AME for (uppdrag)' })
  @IsString()
  @Length(1, 4000)
  requestedSupport: string;

  @ApiProperty({ enum: SHARING_BASES, description: SHARING })
  @IsIn(SHARING_BASES)
  sharingBasis: SharingBasis;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A consent (samtycke) of this participant that is not withdrawn; with sharingBasis consent',
  })
  @IsOptionalNotNull()
  @IsUUID()
  consentId?: string;

  @ApiPropertyOptional({
    description: 'The legal ground in words, e.g. "OSL 10 kap. 2 §"; with sharingBasis legal_ground',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 500)
  legalGround?: string;

  @ApiProperty({ format: 'uuid', description: 'The receiving AME unit (an active unit of type ame)' })
  @IsUUID()
  receivingUnitId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The referring unit (where you are ifo_caseworker or ame_coach); needed only when you work in several',
  })
  @IsOptionalNotNull()
  @IsUUID()
  referringUnitId?: string;

  @ApiPropertyOptional({ description: 'Desired start (önskad start), YYYY-MM-DD', example: '2026-04-01' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  desiredStart?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The agreement (överenskommelse, e.g. a Finsam or LÖK agreement) the referral runs under; 422 AGREEMENT_INVALID unless one of your municipality',
  })
  @IsOptionalNotNull()
  @IsUUID()
  agreementId?: string;

  @ApiPropertyOptional({
    description: 'Send at once (skicka) instead of keeping a draft (utkast)',
    default: false,
  })
  @IsOptionalNotNull()
  @IsBoolean()
  send?: boolean;
}

/** Changes to a draft (utkast) or a returned (återvisad) referral. */
export class UpdateReferralDto {
  @ApiPropertyOptional({ enum: REFERRAL_SOURCES, description: REFERRAL_SOURCE_TERMS })
  @IsOptionalNotNull()
  @IsIn(REFERRAL_SOURCES)
  source?: ReferralSource;

  @ApiPropertyOptional({ description: 'Why the person is referred (anledning)' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  reason?: string;

  @ApiPropertyOptional({ description: 'What the referring unit asks AME for (uppdrag)' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 4000)
  requestedSupport?: string;

  @ApiPropertyOptional({
    enum: SHARING_BASES,
    description: `${SHARING} Changing the basis clears the other field.`,
  })
  @IsOptionalNotNull()
  @IsIn(SHARING_BASES)
  sharingBasis?: SharingBasis;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  consentId?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 500)
  legalGround?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Another receiving AME unit' })
  @IsOptionalNotNull()
  @IsUUID()
  receivingUnitId?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Desired start (önskad start); null clears it',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  desiredStart?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The agreement (överenskommelse) the referral runs under; null clears it',
  })
  @IsOptionalNullable()
  @IsUUID()
  agreementId?: string | null;
}

export class ReferralReasonDto {
  @ApiProperty({ description: 'Why (skäl); kept in the referral history' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class AcceptReferralDto {
  @ApiProperty({
    description:
      'Start of the enrolment (inskrivningsdatum): not before the day (Europe/Stockholm) the referral ' +
      'was first sent, else 422 ENROLMENT_START_BEFORE_REFERRAL',
    example: '2026-03-23',
  })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Responsible coach (ansvarig arbetsmarknadskonsulent): an active ame_coach of the unit',
  })
  @IsUUID()
  responsibleCoachId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The IFO caseworker who follows the case and receives report-backs (återrapportering): an ' +
      'ifo_caseworker of the municipality. Default: the referring user, if they are an IFO caseworker.',
  })
  @IsOptionalNotNull()
  @IsUUID()
  ifoCaseworkerId?: string;

  @ApiPropertyOptional({
    enum: TIME_WITHOUT_WORK,
    description: `${TIME_WITHOUT_WORK_TERMS} Default: as recorded on the participant.`,
  })
  @IsOptionalNotNull()
  @IsIn(TIME_WITHOUT_WORK)
  timeWithoutWork?: TimeWithoutWork;
}
