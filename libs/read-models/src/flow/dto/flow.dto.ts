import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull } from '@steg/http';

export class FlowQuery {
  @ApiProperty({
    description: 'First day (Europe/Stockholm) a referral was first sent, inclusive',
    example: '2026-01-01',
  })
  @IsCalendarDate()
  from: string;

  @ApiProperty({
    description: 'Last day (Europe/Stockholm), inclusive; not before from',
    example: '2026-03-31',
  })
  @IsCalendarDate()
  to: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only referrals to this receiving (AME) unit. Without it: a unit manager gets the units they manage, ' +
      'an analyst the whole municipality.',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}

export class FlowStatusCountsDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Utkast (never in the flow: it counts from the first sending)',
  })
  draft: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Skickad: waiting for the receiving unit' })
  sent: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Mottagen: accepted, leads to an enrolment (inskrivning)',
  })
  accepted: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Återvisad: returned to the sender with a reason',
  })
  returned: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Återtagen: withdrawn by the sender' })
  withdrawn: number | null;
}

export class FlowSourceCountsDto {
  @ApiProperty({ nullable: true, type: Number, description: 'IFO ekonomiskt bistånd' })
  ifo_economic_assistance: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Vuxenstöd (IFO)' })
  vuxenstod: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Försäkringskassan' })
  forsakringskassan: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'KAA, kommunala aktivitetsansvaret' })
  kaa: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Region' })
  region: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Arbetsförmedlingen' })
  arbetsformedlingen: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Arbetsförmedlingen tillsammans med socialtjänsten',
  })
  af_with_social_services: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Självanmälan' })
  self_referral: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Annan kommun' })
  other_municipality: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Övrigt' })
  other: number | null;
}

export class FlowKoladaGroupCountsDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Arbetsförmedlingen (Kolada U40806)' })
  arbetsformedlingen: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Försäkringskassan' })
  forsakringskassan: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Individen själv (självanmälan)' })
  individual: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Socialtjänsten' })
  social_services: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Arbetsförmedlingen tillsammans med socialtjänsten',
  })
  af_with_social_services: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Övriga (Region, KAA, annan kommun, övrigt)' })
  other: number | null;
}

export class LeadTimeDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Referrals with both dates and the later not before the earlier: the ones median and p90 cover ' +
      '(null when suppressed: they are 1–4 people, and then median and p90 are null too)',
  })
  count: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Median days, one decimal' })
  median: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: '90th percentile in days (linear interpolation), one decimal',
  })
  p90: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Referrals whose later date is before the earlier one (a negative interval: older data, or an ' +
      'enrolment started before the decision was recorded). A lead time is never negative, so these ' +
      'are left out of count, median and p90 — not set to 0 — and counted here so none is hidden ' +
      '(null when suppressed).',
  })
  excludedNegative: number | null;
}

export class FlowLeadTimesDto {
  @ApiProperty({ type: LeadTimeDto, description: 'Skickad → beslut (mottagen eller återvisad)' })
  sentToDecision: LeadTimeDto;

  @ApiProperty({ type: LeadTimeDto, description: 'Mottagen → inskrivningens startdatum' })
  decisionToEnrolment: LeadTimeDto;

  @ApiProperty({ type: LeadTimeDto, description: 'Inskrivning → första insatsens start' })
  enrolmentToFirstIntervention: LeadTimeDto;

  @ApiProperty({ type: LeadTimeDto, description: 'Avslut → återaktualisering (ny remiss skickad)' })
  exitToReEntry: LeadTimeDto;
}

export class ReturnReasonCountDto {
  @ApiProperty()
  reason: string;

  @ApiProperty()
  count: number;
}

export class FlowReturnedDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Återvisade (null when suppressed)' })
  count: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Accepted + returned (null when suppressed: shown only when both are)',
  })
  decided: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      'returned / decided, three decimals; null when nothing is decided, or when suppressed (the ' +
      'returned, the accepted or the decided are 1–4 people)',
  })
  share: number | null;

  @ApiProperty({
    type: [ReturnReasonCountDto],
    description:
      'Most frequent first. Free text that may describe a person: only in the exact answer (scope ' +
      'own_units); always empty when suppressed.',
  })
  reasons: ReturnReasonCountDto[];
}

export const FLOW_SCOPES = ['own_units', 'statistics'] as const;

/**
 * Aggregates only. Exact for a unit manager reading the units they manage; for everyone else
 * suppressed by the small-number rule (issue 17), so analysts may read it.
 */
export class FlowDto {
  @ApiProperty({
    enum: FLOW_SCOPES,
    description:
      'own_units: a unit manager reading the units they manage — exact figures and the return reasons ' +
      '(case management). statistics: anyone else (an analyst, the management report) — the ' +
      'small-number rule applied, see suppressed.',
  })
  scope: (typeof FLOW_SCOPES)[number];

  @ApiProperty({
    description:
      'True when the small-number rule (issue 17) is applied: a count, lead time or share describing ' +
      '1–4 distinct people is null (and so is any figure it could be recovered from by subtraction; ' +
      'a person referred three times is one person), and no return reasons are given.',
  })
  suppressed: boolean;

  @ApiProperty({ example: '2026-01-01' })
  from: string;

  @ApiProperty({ example: '2026-03-31' })
  to: string;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  unitId: string | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Referrals first sent in the period' })
  referrals: number | null;

  @ApiProperty({ type: FlowStatusCountsDto })
  byStatus: FlowStatusCountsDto;

  @ApiProperty({ type: FlowSourceCountsDto })
  bySource: FlowSourceCountsDto;

  @ApiProperty({
    type: FlowKoladaGroupCountsDto,
    description: 'Sources in Kolada groups (U40806–U40810, U40824)',
  })
  byKoladaGroup: FlowKoladaGroupCountsDto;

  @ApiProperty({ type: FlowLeadTimesDto, description: 'Days between Europe/Stockholm calendar dates' })
  leadTimes: FlowLeadTimesDto;

  @ApiProperty({ type: FlowReturnedDto })
  returned: FlowReturnedDto;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Återaktualiseringar: referrals of people who exited within 12 months',
  })
  reEntries: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Referrals moved in from a previous system (importerad historik): counted in the figures above, ' +
      'left out of every lead time (the old system recorded days, not the steps Steg measures)',
  })
  imported: number | null;
}
