import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  IsOptionalNullable,
  PageQuery,
  Trimmed,
  ValidateNestedObject,
} from '@steg/http';
import { AGREEMENT_KINDS, type AgreementKind } from '../domain/agreement.types';

export const AGREEMENT_KIND_TERMS =
  'local_agreement = lokal överenskommelse (LÖK) med Arbetsförmedlingen, cooperation_agreement = annan ' +
  'överenskommelse/samverkansavtal, iop = idéburet offentligt partnerskap, work_training = en arbetsgivares ' +
  'avtal om arbetsträningsplatser, finsam = överenskommelse inom samordningsförbund (finansiell samordning), ' +
  'other = övrigt';
const MAX_PARTIES = 20;
const MAX_GOALS = 50;

export class AgreementGoalInputDto {
  @ApiProperty({
    description: 'The goal (mål)',
    example: 'Minst 30 % av deltagarna går till arbete eller studier',
  })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  description: string;

  @ApiProperty({
    description: 'How the goal is followed up (uppföljning): the measure, how often, to whom',
    example: 'Andel vid avslut, halvårsvis till styrgruppen',
  })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  followUp: string;
}

export class CreateAgreementDto {
  @ApiProperty({ enum: AGREEMENT_KINDS, description: AGREEMENT_KIND_TERMS })
  @IsIn(AGREEMENT_KINDS)
  kind: AgreementKind;

  @ApiProperty({ description: 'Title (benämning)', example: 'Lokal överenskommelse 2026' })
  @Trimmed()
  @Length(1, 300)
  @IsString()
  title: string;

  @ApiProperty({ description: 'Purpose (syfte)' })
  @Trimmed()
  @Length(1, 4000)
  @IsString()
  purpose: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The partners that are parties (parter); the municipality is always a party and not listed',
  })
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_PARTIES)
  @ArrayMinSize(1)
  @IsArray()
  partnerIds: string[];

  @ApiPropertyOptional({
    type: [AgreementGoalInputDto],
    description: 'Goals (mål) and how each is followed up',
  })
  @IsOptionalNotNull()
  @ValidateNestedObject({ each: true })
  @Type(() => AgreementGoalInputDto)
  @ArrayMaxSize(MAX_GOALS)
  @IsArray()
  goals?: AgreementGoalInputDto[];

  @ApiProperty({ description: 'First day in force (gäller från)', example: '2026-01-01' })
  @IsCalendarDate()
  validFrom: string;

  @ApiPropertyOptional({
    description: 'Last day in force (gäller till och med); left out = until further notice',
    example: '2026-12-31',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  validTo?: string;

  @ApiPropertyOptional({ description: 'Where the signed agreement is kept (diarienummer, document link)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 500)
  @IsString()
  documentReference?: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The staff member responsible (ansvarig): an active admin, coach, manager or caseworker',
  })
  @IsUUID()
  responsibleUserId: string;
}

export class UpdateAgreementDto {
  @ApiPropertyOptional({ enum: AGREEMENT_KINDS, description: AGREEMENT_KIND_TERMS })
  @IsOptionalNotNull()
  @IsIn(AGREEMENT_KINDS)
  kind?: AgreementKind;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 300)
  @IsString()
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 4000)
  @IsString()
  purpose?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The parties, replaced whole' })
  @IsOptionalNotNull()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_PARTIES)
  @ArrayMinSize(1)
  @IsArray()
  partnerIds?: string[];

  @ApiPropertyOptional({ type: [AgreementGoalInputDto], description: 'The goals, replaced whole' })
  @IsOptionalNotNull()
  @ValidateNestedObject({ each: true })
  @Type(() => AgreementGoalInputDto)
  @ArrayMaxSize(MAX_GOALS)
  @IsArray()
  goals?: AgreementGoalInputDto[];

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsCalendarDate()
  validFrom?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Last day in force; null = until further notice (an extension moves it later)',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  validTo?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 500)
  @IsString()
  documentReference?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  responsibleUserId?: string;
}

export class AgreementsQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Only agreements in force on this day (gäller): validFrom ≤ day ≤ validTo, or open-ended',
    example: '2026-03-16',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  inForceOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only agreements this partner is party to' })
  @IsOptionalNotNull()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_KINDS })
  @IsOptionalNotNull()
  @IsIn(AGREEMENT_KINDS)
  kind?: AgreementKind;
}
