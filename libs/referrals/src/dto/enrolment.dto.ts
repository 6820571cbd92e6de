import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate, PageQuery, IsOptionalNotNull, IsOptionalNullable, Trimmed } from '@steg/http';
import { TIME_WITHOUT_WORK, type TimeWithoutWork } from '@steg/participants';
import {
  EXIT_DESTINATIONS,
  STUDY_KINDS,
  TRANSFER_AUTHORITIES,
  type ExitDestination,
  type StudyKind,
  type TransferAuthority,
} from '../domain/referral.types';
import { OUTCOME_CATEGORY_TERMS, TIME_WITHOUT_WORK_TERMS } from './openapi-terms';

export class EnrolmentsQuery extends PageQuery {
  @ApiProperty({ format: 'uuid', description: 'The participant whose enrolments (inskrivningar) to list' })
  @IsUUID()
  participantId: string;
}

export class UpdateEnrolmentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Responsible coach (ansvarig arbetsmarknadskonsulent): an active ame_coach of the unit',
  })
  @IsOptionalNotNull()
  @IsUUID()
  responsibleCoachId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'The IFO caseworker who follows the case (an ifo_caseworker of the municipality); null clears',
  })
  @IsOptionalNullable()
  @IsUUID()
  ifoCaseworkerId?: string | null;

  @ApiPropertyOptional({ enum: TIME_WITHOUT_WORK, description: TIME_WITHOUT_WORK_TERMS })
  @IsOptionalNotNull()
  @IsIn(TIME_WITHOUT_WORK)
  timeWithoutWork?: TimeWithoutWork;
}

const FACTS = 'The outcome category is derived from these facts, never chosen: ' + OUTCOME_CATEGORY_TERMS;

/** Avslut: the facts of where the person went, from which the Kolada category A–E is derived. */
export class ExitEnrolmentDto {
  @ApiProperty({
    description: 'Exit date (avslutsdatum): not before the start, not in the future',
    example: '2026-03-16',
  })
  @IsCalendarDate()
  exitDate: string;

  @ApiProperty({
    enum: EXIT_DESTINATIONS,
    description:
      `Where the person went: employment = arbete, studies = studier, transferred = överförd till annan ` +
      `myndighet, completed = uppdraget slutfört, other = övrigt (flyttat, sjukdom, okänt). ${FACTS}`,
  })
  @IsIn(EXIT_DESTINATIONS)
  destination: ExitDestination;

  @ApiPropertyOptional({
    description: 'employment: expected to last at least one continuous month (required for employment)',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  employmentLastsOneMonth?: boolean;

  @ApiPropertyOptional({
    description:
      'employment: a municipal labour-market employment (kommunal arbetsmarknadsanställning), which ' +
      'never counts as A (required for employment)',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  municipalLabourMarketEmployment?: boolean;

  @ApiPropertyOptional({
    enum: STUDY_KINDS,
    description: 'studies: komvux, folkhögskola, university (högskola) or other',
  })
  @IsOptionalNotNull()
  @IsIn(STUDY_KINDS)
  studyKind?: StudyKind;

  @ApiPropertyOptional({
    description: 'studies: the studies qualify for studiemedel from CSN (required for studies)',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  studiesQualifyForStudiemedel?: boolean;

  @ApiPropertyOptional({
    enum: TRANSFER_AUTHORITIES,
    description: 'transferred: to which authority (required for transferred)',
  })
  @IsOptionalNotNull()
  @IsIn(TRANSFER_AUTHORITIES)
  transferredTo?: TransferAuthority;

  @ApiProperty({ description: 'Summary of the period (sammanfattning)' })
  @IsString()
  @Length(1, 4000)
  summary: string;

  @ApiPropertyOptional({ description: 'Follow-up date (uppföljning), on or after the exit date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  followUpDate?: string;
}

/** A correction of the enrolment's start date, kept as history with its reason. */
export class CorrectEnrolmentStartDto {
  @ApiProperty({
    description:
      'The corrected start date (inskrivningsdatum): not in the future, not before the day the referral ' +
      'was sent, and not after the exit date, the first placement start or any day with attendance',
    example: '2026-03-02',
  })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({
    description: 'Why the start is corrected (skäl), e.g. "Fel datum vid inskrivningen": kept in the history',
    example: 'Fel datum angavs vid inskrivningen; deltagaren började 2 mars.',
  })
  @Trimmed()
  @IsString()
  @Length(1, 2000)
  reason: string;
}
