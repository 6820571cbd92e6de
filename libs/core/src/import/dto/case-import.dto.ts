import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBase64, IsBoolean, IsIn, IsNotEmpty, IsString } from 'class-validator';
import { IMPORT_FORMATS, type ImportFormat } from '@steg/attendance';
import { IsOptionalNotNull } from '@steg/http';

/** A case-history file as JSON: the file's bytes in base64, as the attendance import takes them. */
export class CaseImportDto {
  @ApiProperty({
    enum: IMPORT_FORMATS,
    description:
      'csv: UTF-8 (with or without BOM), `;` or `,` separated; xlsx: the first worksheet. One row per case; ' +
      'the first row names the columns: personnummer, förnamn, efternamn, födelsedatum (optional), ' +
      'ärendenummer (optional), källa, inkom (aktualiseringsdatum), mottagen (optional), enhet (name or id), ' +
      'ansvarig (the coach’s username), inskrivningsdatum, avslutsdatum and utfall (A–E) for a closed case, ' +
      'avslutsorsak (optional: arbete, studier, överlämnad, avslutat uppdrag, övrigt)',
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

export class CaseImportQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: save the accepted rows and report the rejected; default false: all or nothing',
  })
  @IsOptionalNotNull()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  partial?: boolean;
}

export class CaseImportRowProblemDto {
  @ApiProperty({ description: 'Row in the file; the header is row 1' })
  row: number;

  @ApiProperty({ example: 'identityNumber' })
  field: string;

  @ApiProperty({ example: 'identityNumber.checkDigit' })
  rule: string;

  @ApiProperty()
  message: string;
}

export class CaseImportReportDto {
  @ApiProperty({ description: 'Cases (referral + enrolment) written now' })
  accepted: number;

  @ApiProperty({ description: 'Rows whose case an earlier run already imported: nothing changed' })
  alreadyImported: number;

  @ApiProperty({ description: 'People the import registered (the register had the others already)' })
  participantsCreated: number;

  @ApiProperty({
    type: [CaseImportRowProblemDto],
    description: 'Rejected rows with the reason (one item per problem)',
  })
  rejected: CaseImportRowProblemDto[];
}
