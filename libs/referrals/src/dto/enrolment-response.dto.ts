import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TIME_WITHOUT_WORK } from '@steg/participants';
import {
  EXIT_DESTINATIONS,
  OUTCOME_CATEGORIES,
  STUDY_KINDS,
  TRANSFER_AUTHORITIES,
} from '../domain/referral.types';
import { OUTCOME_CATEGORY_TERMS, TIME_WITHOUT_WORK_TERMS } from './openapi-terms';

export class EnrolmentExitDto {
  @ApiProperty({ description: 'Avslutsdatum' })
  exitDate: string;

  @ApiProperty({ enum: EXIT_DESTINATIONS })
  destination: string;

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  employmentLastsOneMonth: boolean | null;

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  municipalLabourMarketEmployment: boolean | null;

  @ApiPropertyOptional({ nullable: true, enum: STUDY_KINDS })
  studyKind: string | null;

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  studiesQualifyForStudiemedel: boolean | null;

  @ApiPropertyOptional({ nullable: true, enum: TRANSFER_AUTHORITIES })
  transferredTo: string | null;

  @ApiProperty({ enum: OUTCOME_CATEGORIES, description: OUTCOME_CATEGORY_TERMS })
  outcomeCategory: string;

  @ApiProperty({ description: 'Sammanfattning' })
  summary: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Uppföljning' })
  followUpDate: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  exitedBy: string | null;
}

/** An enrolment (inskrivning) at an AME unit, with its exit (avslut) once there is one. */
export class EnrolmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid', description: 'The AME unit' })
  ameUnitId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The accepted referral' })
  referralId: string | null;

  @ApiProperty({ enum: ['open', 'exited'], description: 'open = inskriven, exited = avslutad' })
  status: string;

  @ApiProperty({ description: 'Inskrivningsdatum' })
  startDate: string;

  @ApiProperty({ format: 'uuid', description: 'Ansvarig arbetsmarknadskonsulent' })
  responsibleCoachId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The IFO caseworker (handläggare) who follows the case',
  })
  ifoCaseworkerId: string | null;

  @ApiProperty({ enum: TIME_WITHOUT_WORK, description: TIME_WITHOUT_WORK_TERMS })
  timeWithoutWork: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Start of the first intervention (filled when placements exist)',
  })
  firstInterventionStart: string | null;

  @ApiPropertyOptional({ type: EnrolmentExitDto, nullable: true, description: 'The exit (avslut)' })
  exit: EnrolmentExitDto | null;

  @ApiProperty({ description: 'Moved in from a previous system (importerad historik, steg import cases)' })
  imported: boolean;

  @ApiProperty({ description: 'Row version; also the ETag' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class EnrolmentPageDto {
  @ApiProperty({ type: [EnrolmentDto] })
  items: EnrolmentDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

/** One correction of an enrolment's start date: what it was, what it became, why, who and when. */
export class EnrolmentStartCorrectionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ description: 'The start date before the correction', example: '2026-03-10' })
  previousStartDate: string;

  @ApiProperty({ description: 'The start date the correction set', example: '2026-03-02' })
  newStartDate: string;

  @ApiProperty({ description: 'Why (skäl)' })
  reason: string;

  @ApiProperty({ format: 'uuid', description: 'Who corrected it' })
  correctedBy: string;

  @ApiProperty({ format: 'date-time' })
  correctedAt: string;
}

export class EnrolmentStartCorrectionListDto {
  @ApiProperty({ type: [EnrolmentStartCorrectionDto], description: 'Oldest first' })
  items: EnrolmentStartCorrectionDto[];
}
