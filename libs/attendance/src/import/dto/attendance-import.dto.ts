import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBase64, IsBoolean, IsIn, IsNotEmpty, IsString } from 'class-validator';
import { IsOptionalNotNull } from '@steg/http';
import { IMPORT_FORMATS, type ImportFormat } from '../import-file.parser';

/**
 * An import file as JSON: the file's bytes in base64. Multipart is not set up in the API, and a JSON
 * body goes through the global validation and the Idempotency-Key fingerprint like any other POST.
 */
export class AttendanceImportDto {
  @ApiProperty({
    enum: IMPORT_FORMATS,
    description:
      'csv: UTF-8 (with or without BOM), `;` or `,` separated; xlsx: the first worksheet. The first row names ' +
      'the columns: placering/placementId, datum/day, kod/code, närvarotid/minuter/presentMinutes, ' +
      'ankomst/arrival, avgång/departure, anteckning/note, orsak/reason, version/basedOnVersion',
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

export class AttendanceImportQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: save the accepted rows and report the rejected; default false: all or nothing',
  })
  @IsOptionalNotNull()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  partial?: boolean;
}

export class ImportRowProblemDto {
  @ApiProperty({ description: 'Row in the file; the header is row 1' })
  row: number;

  @ApiProperty({ example: 'code' })
  field: string;

  @ApiProperty({ example: 'code.known' })
  rule: string;

  @ApiProperty()
  message: string;
}

export class AttendanceImportReportDto {
  @ApiProperty({ description: 'Rows saved' })
  accepted: number;

  @ApiProperty({
    type: [ImportRowProblemDto],
    description: 'Rejected rows with the reason (one item per problem)',
  })
  rejected: ImportRowProblemDto[];
}
