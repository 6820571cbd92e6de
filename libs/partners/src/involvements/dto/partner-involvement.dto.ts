import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, IsOptionalNullable, Trimmed } from '@steg/http';

export const INVOLVEMENT_TERMS =
  'A partner’s involvement in the enrolment (samverkan i ärendet): which partner (samverkanspart) and ' +
  'contact person, what they do, from when to when, and the agreement (överenskommelse) it runs under.';

export class CreatePartnerInvolvementDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The partner (samverkanspart): an active partner of your municipality',
  })
  @IsUUID()
  partnerId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Their contact person (kontaktperson), one of the partner’s',
  })
  @IsOptionalNotNull()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The agreement it runs under' })
  @IsOptionalNotNull()
  @IsUUID()
  agreementId?: string;

  @ApiProperty({
    description: 'What the partner does in the case (insats/roll)',
    example: 'Arbetsförmedlingen: matchning mot arbete, anställningsstöd',
  })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  description: string;

  @ApiProperty({ description: 'From (fr.o.m.), not before the enrolment start', example: '2026-03-02' })
  @IsCalendarDate()
  fromDate: string;

  @ApiPropertyOptional({ description: 'To (t.o.m.); left out = ongoing' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  toDate?: string;
}

export class UpdatePartnerInvolvementDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @IsUUID()
  contactId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @IsUUID()
  agreementId?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  description?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsCalendarDate()
  fromDate?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The last day; null = ongoing' })
  @IsOptionalNullable()
  @IsCalendarDate()
  toDate?: string | null;
}

export class PartnerInvolvementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({ description: 'The partner’s name' })
  partnerName: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  contactId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The contact person’s name' })
  contactName: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  agreementId: string | null;

  @ApiProperty()
  description: string;

  @ApiProperty()
  fromDate: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  toDate: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ description: 'Row version; send it back as If-Match: "<version>"', example: 1 })
  version: number;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;
}

export class PartnerInvolvementListDto {
  @ApiProperty({
    type: [PartnerInvolvementDto],
    description: 'Earliest first (a handful per case, not paged)',
  })
  items: PartnerInvolvementDto[];
}
