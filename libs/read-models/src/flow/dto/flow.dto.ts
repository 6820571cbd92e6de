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
  @ApiProperty({ description: 'Utkast (never in the flow: it counts from the first sending)' })
  draft: number;

  @ApiProperty({ description: 'Skickad: waiting for the receiving unit' })
  sent: number;

  @ApiProperty({ description: 'Mottagen: accepted, leads to an enrolment (inskrivning)' })
  accepted: number;

  @ApiProperty({ description: 'Återvisad: returned to the sender with a reason' })
  returned: number;

  @ApiProperty({ description: 'Återtagen: withdrawn by the sender' })
  withdrawn: number;
}

export class FlowSourceCountsDto {
  @ApiProperty({ description: 'IFO ekonomiskt bistånd' })
  ifo_economic_assistance: number;

  @ApiProperty({ description: 'Vuxenstöd (IFO)' })
  vuxenstod: number;

  @ApiProperty({ description: 'Försäkringskassan' })
  forsakringskassan: number;

  @ApiProperty({ description: 'KAA, kommunala aktivitetsansvaret' })
  kaa: number;

  @ApiProperty({ description: 'Region' })
  region: number;

  @ApiProperty({ description: 'Arbetsförmedlingen' })
  arbetsformedlingen: number;

  @ApiProperty({ description: 'Arbetsförmedlingen tillsammans med socialtjänsten' })
  af_with_social_services: number;

  @ApiProperty({ description: 'Självanmälan' })
  self_referral: number;

  @ApiProperty({ description: 'Annan kommun' })
  other_municipality: number;

  @ApiProperty({ description: 'Övrigt' })
  other: number;
}

export class FlowKoladaGroupCountsDto {
  @ApiProperty({ description: 'Arbetsförmedlingen (Kolada U40806)' })
  arbetsformedlingen: number;

  @ApiProperty({ description: 'Försäkringskassan' })
  forsakringskassan: number;

  @ApiProperty({ description: 'Individen själv (självanmälan)' })
  individual: number;

  @ApiProperty({ description: 'Socialtjänsten' })
  social_services: number;

  @ApiProperty({ description: 'Arbetsförmedlingen tillsammans med socialtjänsten' })
  af_with_social_services: number;

  @ApiProperty({ description: 'Övriga (Region, KAA, annan kommun, övrigt)' })
  other: number;
}

export class LeadTimeDto {
  @ApiProperty({
    description:
      'Referrals with both dates and the later not before the earlier: the ones median and p90 cover',
  })
  count: number;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Median days, one decimal' })
  median: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: '90th percentile in days (linear interpolation), one decimal',
  })
  p90: number | null;

  @ApiProperty({
    description:
      'Referrals whose later date is before the earlier one (a negative interval: older data, or an ' +
      'enrolment started before the decision was recorded). A lead time is never negative, so these ' +
      'are left out of count, median and p90 — not set to 0 — and counted here so none is hidden.',
  })
  excludedNegative: number;
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
  @ApiProperty({ description: 'Återvisade' })
  count: number;

  @ApiProperty({ description: 'Accepted + returned' })
  decided: number;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'returned / decided, three decimals' })
  share: number | null;

  @ApiProperty({ type: [ReturnReasonCountDto], description: 'Most frequent first' })
  reasons: ReturnReasonCountDto[];
}

/** Aggregates only: no person data, so analysts may read it. */
export class FlowDto {
  @ApiProperty({ example: '2026-01-01' })
  from: string;

  @ApiProperty({ example: '2026-03-31' })
  to: string;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  unitId: string | null;

  @ApiProperty({ description: 'Referrals first sent in the period' })
  referrals: number;

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

  @ApiProperty({ description: 'Återaktualiseringar: referrals of people who exited within 12 months' })
  reEntries: number;

  @ApiProperty({
    description:
      'Referrals moved in from a previous system (importerad historik): counted in the figures above, ' +
      'left out of every lead time (the old system recorded days, not the steps Steg measures)',
  })
  imported: number;
}
