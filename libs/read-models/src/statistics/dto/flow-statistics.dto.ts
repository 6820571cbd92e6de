import { ApiProperty } from '@nestjs/swagger';
import { CellDto } from './intervention-report.dto';
import { LocalisedTextDto, ReportingPeriodDto } from './kolada.dto';

export class FlowMonthDto {
  @ApiProperty({ example: '2026-03' })
  month: string;

  @ApiProperty({ type: CellDto, description: 'Inskrivningar som började' })
  in: CellDto;

  @ApiProperty({ type: CellDto, description: 'Avslut' })
  out: CellDto;
}

export class FlowShareDto {
  @ApiProperty({ type: CellDto, description: 'The share in per cent, one decimal' })
  share: CellDto;

  @ApiProperty({ type: CellDto, description: 'Täljare' })
  numerator: CellDto;

  @ApiProperty({ type: CellDto, description: 'Nämnare' })
  denominator: CellDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Exits whose 12 months have not passed (öppna fönster, not counted); null when hidden: the closed and ' +
      'open windows split the exits in two, and either part of 1–4 people hides both (with the share). ' +
      'Always 0 for a share without a 12-month window.',
  })
  openWindows: number | null;
}

export class FlowDurationDto {
  @ApiProperty({ type: CellDto, description: 'How many it is measured over' })
  count: CellDto;

  @ApiProperty({ type: CellDto, description: 'Medel (dagar)' })
  meanDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Median (dagar)' })
  medianDays: CellDto;
}

export class FlowDefinitionsDto {
  @ApiProperty({ type: LocalisedTextDto })
  months: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  timeEnrolled: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  reEntry: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  returnToAssistance: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  assistanceToWork: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  waitingTime: LocalisedTextDto;
}

export class FlowStatisticsDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  unitId: string | null;

  @ApiProperty({ type: FlowDefinitionsDto })
  definitions: FlowDefinitionsDto;

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: [FlowMonthDto], description: 'In och ut per månad' })
  months: FlowMonthDto[];

  @ApiProperty({ type: CellDto, description: 'All enrolments started in the period' })
  totalIn: CellDto;

  @ApiProperty({ type: CellDto, description: 'All exits in the period' })
  totalOut: CellDto;

  @ApiProperty({ type: FlowDurationDto, description: 'Inskriven tid vid avslut' })
  timeEnrolled: FlowDurationDto;

  @ApiProperty({ type: FlowShareDto, description: 'Återaktualisering till AME inom 12 månader' })
  reEntryWithin12Months: FlowShareDto;

  @ApiProperty({ type: FlowShareDto, description: 'Åter till försörjningsstöd inom 12 månader' })
  returnToAssistanceWithin12Months: FlowShareDto;

  @ApiProperty({ type: FlowShareDto, description: 'Från försörjningsstöd till arbete (Östersunds mål)' })
  assistanceToWork: FlowShareDto;

  @ApiProperty({ type: FlowDurationDto, description: 'Väntetid i kö till placering' })
  waitingTime: FlowDurationDto;
}
