import { ApiProperty } from '@nestjs/swagger';
import { CellDto } from './intervention-report.dto';
import { LocalisedTextDto, ReportingPeriodDto } from './kolada.dto';

export class CombinationRowDto {
  @ApiProperty({
    description:
      'The row: `parallel:` or `stepwise:` and the sorted type names joined by +, `other:parallel` / `other:stepwise` ' +
      '(övriga kombinationer), `parallel` / `stepwise` (the comparison rows) or `total`',
  })
  key: string;

  @ApiProperty({
    enum: ['parallel', 'stepwise', 'all'],
    description: 'parallel (parallellt), stepwise (en i taget, trappstegsmodell), all (the total)',
  })
  mode: 'parallel' | 'stepwise' | 'all';

  @ApiProperty({
    type: [String],
    description: 'The intervention types (insatstyper), sorted; empty for a summary row',
  })
  types: string[];

  @ApiProperty({ description: 'Label, sv' })
  label: string;

  @ApiProperty({ type: CellDto, description: 'Personer' })
  people: CellDto;

  @ApiProperty({ type: CellDto, description: 'Avslut till arbete eller studier, A + B (%)' })
  exitsToWorkOrStudiesShare: CellDto;

  @ApiProperty({
    type: CellDto,
    description: 'Avslut vars 12 månader har gått (denominator of the return share)',
  })
  exitsWithClosedWindow: CellDto;

  @ApiProperty({ type: CellDto, description: 'Åter till försörjningsstöd inom 12 månader (%)' })
  returnedToAssistanceShare: CellDto;

  @ApiProperty({ type: CellDto, description: 'People with two BIP assessments to compare' })
  bipPeople: CellDto;

  @ApiProperty({
    type: CellDto,
    description: 'Mean BIP change in total score, first → last assessment, two decimals',
  })
  meanBipTotalChange: CellDto;
}

export class CombinationDefinitionsDto {
  @ApiProperty({ type: LocalisedTextDto })
  combination: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  people: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  exitsToWorkOrStudies: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  returnToAssistance: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  bipChange: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  folding: LocalisedTextDto;
}

export class CombinationsReportDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The AME unit asked for; null = all in scope',
  })
  unitId: string | null;

  @ApiProperty({ type: CombinationDefinitionsDto, description: 'The definition of every figure, sv and en' })
  definitions: CombinationDefinitionsDto;

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({
    type: [CombinationRowDto],
    description:
      'The combinations of at least five people, most people first, then övriga kombinationer (parallel, one at a time)',
  })
  combinations: CombinationRowDto[];

  @ApiProperty({
    type: [CombinationRowDto],
    description: 'The comparison seed 004 asks for: all parallel vs all one at a time (stegvis)',
  })
  comparison: CombinationRowDto[];

  @ApiProperty({ type: CombinationRowDto, description: 'All exits with a placement' })
  total: CombinationRowDto;
}
