import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPLAINANT_KINDS,
  DEVIATION_ACTIONS,
  DEVIATION_CATEGORIES,
  DEVIATION_KINDS,
  DEVIATION_SEVERITIES,
  DEVIATION_STATES,
} from '../domain/deviation.types';

export class DeviationTransitionDto {
  @ApiProperty({ enum: DEVIATION_STATES, nullable: true, type: String, description: 'Null for the report' })
  fromState: string | null;

  @ApiProperty({ enum: DEVIATION_STATES })
  toState: string;

  @ApiProperty({ format: 'uuid', description: 'Who made the step' })
  by: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class DeviationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: DEVIATION_KINDS })
  kind: string;

  @ApiProperty({ format: 'uuid', description: 'The unit it concerns' })
  unitId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The participant it names',
  })
  participantId: string | null;

  @ApiPropertyOptional({ enum: COMPLAINANT_KINDS, nullable: true, type: String })
  complainantKind: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  complainantName: string | null;

  @ApiProperty({ enum: DEVIATION_CATEGORIES })
  category: string;

  @ApiProperty({ enum: DEVIATION_SEVERITIES })
  severity: string;

  @ApiProperty({ description: 'What happened (vad som hänt)' })
  description: string;

  @ApiProperty({ description: 'The day it happened' })
  occurredOn: string;

  @ApiProperty({ enum: DEVIATION_STATES })
  state: string;

  @ApiProperty({ format: 'uuid' })
  reportedBy: string;

  @ApiProperty({ format: 'date-time' })
  reportedAt: string;

  @ApiProperty({ description: 'The day it was reported (Europe/Stockholm)' })
  reportedOn: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: "The unit manager's analysis (analys)" })
  analysis: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The measures decided (åtgärder)' })
  measures: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Who closed it' })
  closedBy: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  closedAt: string | null;

  @ApiProperty({ type: [DeviationTransitionDto], description: 'Every step, oldest first (who, when)' })
  transitions: DeviationTransitionDto[];

  @ApiProperty({
    enum: DEVIATION_ACTIONS,
    isArray: true,
    description:
      'What you may do next (investigate, decide_measures, close): only a unit manager of its unit',
  })
  allowedActions: string[];

  @ApiProperty({ description: 'Version for If-Match (also in the ETag header)' })
  version: number;
}

/** A deviation in a list: the report and where it stands, without the history. */
export class DeviationSummaryItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: DEVIATION_KINDS })
  kind: string;

  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  participantId: string | null;

  @ApiProperty({ enum: DEVIATION_CATEGORIES })
  category: string;

  @ApiProperty({ enum: DEVIATION_SEVERITIES })
  severity: string;

  @ApiProperty({ enum: DEVIATION_STATES })
  state: string;

  @ApiProperty()
  occurredOn: string;

  @ApiProperty()
  reportedOn: string;

  @ApiProperty({ format: 'uuid' })
  reportedBy: string;

  @ApiProperty()
  version: number;
}

export class DeviationPageDto {
  @ApiProperty({ type: [DeviationSummaryItemDto] })
  items: DeviationSummaryItemDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class DeviationCountDto {
  @ApiProperty({ description: 'The month reported, YYYY-MM', example: '2026-03' })
  month: string;

  @ApiProperty({ enum: DEVIATION_CATEGORIES })
  category: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Deviations and complaints reported (not people); null when suppressed',
  })
  reported: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Of them, complaints (klagomål); null when suppressed (for an analyst: it or reported − complaints is 1–4)',
  })
  complaints: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Of them, closed (avslutade) by now; null when suppressed (for an analyst: it or reported − closed is 1–4)',
  })
  closed: number | null;

  @ApiProperty({
    description:
      'Some count of the row is hidden (null) by small-number suppression: only in the municipality-wide ' +
      '(analyst) view',
  })
  suppressed: boolean;
}

export class DeviationStatsDto {
  @ApiProperty()
  from: string;

  @ApiProperty()
  to: string;

  @ApiProperty({
    enum: ['units', 'municipality'],
    description: 'units = the units you manage; municipality = the whole municipality (analyst)',
  })
  scope: string;

  @ApiProperty({
    type: [DeviationCountDto],
    description: 'One row per month and category that has any; counts of deviations, never of people',
  })
  counts: DeviationCountDto[];
}
