import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBase64, IsBoolean, IsIn, IsNotEmpty, IsString } from 'class-validator';
import { IMPORT_FORMATS, type ImportFormat } from '@steg/attendance';
import { IsOptionalNotNull } from '@steg/http';

/** A file of periods of försörjningsstöd as JSON: the file's bytes in base64, as the other imports take them. */
export class AssistanceImportDto {
  @ApiProperty({
    enum: IMPORT_FORMATS,
    description:
      'csv: UTF-8 (with or without BOM), `;` or `,` separated; xlsx: the first worksheet. One row per period ' +
      'of försörjningsstöd; the first row names the columns: personnummer (or samordningsnummer; any number ' +
      'the person has had), från (fromDate), till (toDate; empty while the period lasts), hushållsroll ' +
      '(sökande/medsökande or applicant/co_applicant)',
  })
  @IsIn(IMPORT_FORMATS)
  format: ImportFormat;

  @ApiProperty({
    format: 'byte',
    description: 'The file, base64-encoded (the request body limit, BODY_LIMIT_BYTES, applies to it)',
  })
  @IsBase64()
  @IsNotEmpty()
  @IsString()
  content: string;
}

export class AssistanceImportQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: save the accepted rows and report the rejected; default false: all or nothing',
  })
  @IsOptionalNotNull()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  partial?: boolean;
}

export class AssistanceImportRowProblemDto {
  @ApiProperty({ description: 'Row in the file; the header is row 1' })
  row: number;

  @ApiProperty({ example: 'fromDate' })
  field: string;

  @ApiProperty({ example: 'period.noOverlap' })
  rule: string;

  @ApiProperty()
  message: string;
}

export class AssistanceImportReportDto {
  @ApiProperty({ description: 'Periods written now (origin imported)' })
  accepted: number;

  @ApiProperty({
    description: 'Rows whose period the person already has, current and the same: nothing changed',
  })
  alreadyImported: number;

  @ApiProperty({
    type: [AssistanceImportRowProblemDto],
    description: 'Rejected rows with the reason (one item per problem)',
  })
  rejected: AssistanceImportRowProblemDto[];
}
