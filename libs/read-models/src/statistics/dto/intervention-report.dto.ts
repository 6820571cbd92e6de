import { ApiProperty } from '@nestjs/swagger';
import { LocalisedTextDto, ReportingPeriodDto } from './kolada.dto';

export class CellDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The value; null when suppressed or undefined (0 / 0)',
  })
  value: number | null;

  @ApiProperty({ description: 'True when the value describes, or would give away, fewer than five people' })
  suppressed: boolean;
}

export class ExitCellsDto {
  @ApiProperty({ type: CellDto, description: 'A: börjat arbeta' })
  A: CellDto;

  @ApiProperty({ type: CellDto, description: 'B: börjat studera' })
  B: CellDto;

  @ApiProperty({ type: CellDto, description: 'C: överförts till annan myndighet' })
  C: CellDto;

  @ApiProperty({ type: CellDto, description: 'D: slutfört uppdrag' })
  D: CellDto;

  @ApiProperty({ type: CellDto, description: 'E: övrigt' })
  E: CellDto;

  @ApiProperty({ type: CellDto, description: 'All exits' })
  total: CellDto;
}

export class InterventionFiguresDto {
  @ApiProperty({ type: CellDto, description: 'Deltagare (distinct people)' })
  participants: CellDto;

  @ApiProperty({ type: CellDto, description: 'Deltagardagar' })
  participantDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Days reported present' })
  presentDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Days reported, not counting not scheduled' })
  reportedDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Närvarograd (%), one decimal' })
  attendanceRate: CellDto;

  @ApiProperty({ type: ExitCellsDto, description: 'Avslut per kategori (A–E)' })
  exits: ExitCellsDto;

  @ApiProperty({ type: CellDto, description: 'Placements ended in the period' })
  endedPlacements: CellDto;

  @ApiProperty({
    type: CellDto,
    description: 'Arbete eller studier inom 90 dagar efter placeringens slut (%)',
  })
  workOrStudiesWithin90Days: CellDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Placements ended less than 90 days ago (the share may still grow); null when hidden',
  })
  openWindows: number | null;

  @ApiProperty({ description: 'Kostnad, uppskattning från budget (kr)' })
  costKr: number;

  @ApiProperty({ type: CellDto, description: 'Styckkostnad per deltagare (kr)' })
  costPerParticipantKr: CellDto;

  @ApiProperty({ type: CellDto, description: 'Kostnad per deltagardag (kr)' })
  costPerParticipantDayKr: CellDto;

  @ApiProperty({ type: CellDto, description: 'Kostnad per avslut till arbete eller studier (kr)' })
  costPerExitToWorkOrStudiesKr: CellDto;
}

export class InterventionInstanceFiguresDto extends InterventionFiguresDto {
  @ApiProperty({ format: 'uuid' })
  instanceId: string;

  @ApiProperty({ description: 'Insatstillfälle' })
  instanceName: string;
}

export class InterventionTypeFiguresDto extends InterventionFiguresDto {
  @ApiProperty({ format: 'uuid' })
  typeId: string;

  @ApiProperty({ description: 'Insatstyp' })
  typeName: string;

  @ApiProperty({ description: 'The type’s category (arbetsträning, praktik, …)' })
  category: string;

  @ApiProperty({ type: [InterventionInstanceFiguresDto] })
  instances: InterventionInstanceFiguresDto[];
}

export class InterventionDefinitionsDto {
  @ApiProperty({ type: LocalisedTextDto })
  participants: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  participantDays: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  attendanceRate: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  exits: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  workOrStudiesWithin90Days: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  cost: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  unitCost: LocalisedTextDto;
}

export class InterventionReportDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The unit asked for; null = all in scope',
  })
  unitId: string | null;

  @ApiProperty({ type: InterventionDefinitionsDto, description: 'The definition of every figure, sv and en' })
  definitions: InterventionDefinitionsDto;

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: [InterventionTypeFiguresDto] })
  types: InterventionTypeFiguresDto[];
}
