import { ApiProperty } from '@nestjs/swagger';
import { AGREEMENT_KINDS, type AgreementKind } from '@steg/partners';
import { DEVIATION_CATEGORIES } from '@steg/deviations';
import { CellDto } from './intervention-report.dto';
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

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: OverviewDefinitionsDto })
  definitions: OverviewDefinitionsDto;
}
