import { ApiProperty } from '@nestjs/swagger';
import { CellDto } from './intervention-report.dto';
import { LocalisedTextDto, ReportingPeriodDto } from './kolada.dto';

export class ConsistencyBandDto {
  @ApiProperty({ description: 'Ogiltig frånvaro när dialogen öppnades, dagar', example: '3-5' })
  band: string;

  @ApiProperty({ type: CellDto, description: 'Beslut' })
  decisions: CellDto;

  @ApiProperty({ type: CellDto, description: 'Ingen åtgärd' })
  noAction: CellDto;

  @ApiProperty({ type: CellDto, description: 'Varning' })
  warning: CellDto;

  @ApiProperty({ type: CellDto, description: 'Avdrag (nedsättning)' })
  deduction: CellDto;

  @ApiProperty({ type: CellDto, description: 'Andel avdrag av besluten (%)' })
  deductionShare: CellDto;
}

export class ConsistencyRowDto {
  @ApiProperty({
    description: 'A pseudonym (Enhet A, Handläggare 1), in this report only',
    example: 'Enhet A',
  })
  label: string;

  @ApiProperty({ description: 'True for a unit the caller belongs to' })
  own: boolean;

  @ApiProperty({ type: [ConsistencyBandDto] })
  bands: ConsistencyBandDto[];
}

export class ConsistencyUnitDto extends ConsistencyRowDto {
  @ApiProperty({ type: [ConsistencyRowDto], description: 'The unit’s deciding caseworkers, pseudonymised' })
  caseworkers: ConsistencyRowDto[];
}

export class ConsistencyDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  unitId: string | null;

  @ApiProperty({ type: LocalisedTextDto, description: 'What is counted and compared' })
  definition: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: ConsistencyRowDto, description: 'All decisions in scope' })
  overall: ConsistencyRowDto;

  @ApiProperty({ type: [ConsistencyUnitDto] })
  units: ConsistencyUnitDto[];
}
