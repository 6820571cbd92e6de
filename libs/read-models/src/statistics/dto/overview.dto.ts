import { ApiProperty } from '@nestjs/swagger';
import { AGREEMENT_KINDS, type AgreementKind } from '@steg/partners';
import { DEVIATION_CATEGORIES } from '@steg/deviations';
import { CellDto } from './intervention-report.dto';
import type { NetCostUnavailable } from '../domain/net-cost.rules';
import { LocalisedTextDto, ReportingPeriodDto } from './kolada.dto';

export class GenderCellsDto {
  @ApiProperty({ type: CellDto, description: 'Totalt (everyone, other or unstated gender included)' })
  T: CellDto;

  @ApiProperty({ type: CellDto, description: 'Kvinnor' })
  K: CellDto;

  @ApiProperty({ type: CellDto, description: 'Män' })
  M: CellDto;
}

export class OverviewParticipantsDto {
  @ApiProperty({ type: GenderCellsDto, description: 'Deltagare (unika personer, som U40800)' })
  total: GenderCellsDto;

  @ApiProperty({ type: GenderCellsDto, description: '24 år eller yngre (som U40811, antal)' })
  age24OrYounger: GenderCellsDto;

  @ApiProperty({ type: GenderCellsDto, description: 'I Arbetsförmedlingens etableringsprogram' })
  inEstablishmentProgramme: GenderCellsDto;
}

export class AgreementKindCountDto {
  @ApiProperty({ enum: AGREEMENT_KINDS })
  kind: AgreementKind;

  @ApiProperty()
  count: number;
}

export class AgreementsInForceDto {
  @ApiProperty({ example: '2026-12-31', description: 'The day counted: the period’s last day' })
  on: string;

  @ApiProperty()
  total: number;

  @ApiProperty({ type: [AgreementKindCountDto], description: 'Every kind, zero included' })
  byKind: AgreementKindCountDto[];
}

export class DeviationMonthCountDto {
  @ApiProperty({ example: '2026-03' })
  month: string;

  @ApiProperty({ enum: DEVIATION_CATEGORIES })
  category: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Rapporterade; null when suppressed' })
  reported: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Varav klagomål' })
  complaints: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Varav avslutade' })
  closed: number | null;

  @ApiProperty()
  suppressed: boolean;
}

export class NetCostEstimateDto {
  @ApiProperty({ enum: ['N40011'] })
  kpi: 'N40011';

  @ApiProperty({ enum: [true], description: 'Always true: an estimate, not SCB’s figure (uppskattning)' })
  estimate: true;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['not_a_year', 'unit_scope', 'population_missing'],
    description:
      'Why there is no estimate: the period is not a year, a unit was chosen (N40011 is per inhabitant of the ' +
      'municipality), or no admin has entered the population of the year (PUT /statistics/population/{year}); null ' +
      'when there is one',
  })
  unavailable: NetCostUnavailable | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Folkmängd 31 december, as entered' })
  inhabitants: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The interventions’ estimated cost in the year, kr',
  })
  grossCostKr: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Of it borne by other funders (revenue), kr' })
  otherFundersKr: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Net cost, kr' })
  netCostKr: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Net cost per inhabitant, whole kr (kr/inv)' })
  perInhabitantKr: number | null;
}

export class OverviewDefinitionsDto {
  @ApiProperty({ type: LocalisedTextDto })
  agreementsInForce: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  participants: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  deviations: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  netCost: LocalisedTextDto;
}

export class OverviewDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  unitId: string | null;

  @ApiProperty({ type: OverviewParticipantsDto })
  participants: OverviewParticipantsDto;

  @ApiProperty({ type: AgreementsInForceDto })
  agreementsInForce: AgreementsInForceDto;

  @ApiProperty({ type: [DeviationMonthCountDto], description: 'Months and categories with any deviation' })
  deviations: DeviationMonthCountDto[];

  @ApiProperty({ type: NetCostEstimateDto, description: 'N40011 nettokostnad per invånare — an estimate' })
  netCost: NetCostEstimateDto;

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: OverviewDefinitionsDto })
  definitions: OverviewDefinitionsDto;
}
