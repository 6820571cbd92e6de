import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_TYPES } from '../domain/partner.types';
import { VERSION } from '../partner.access';
import { PARTNER_TYPE_TERMS } from './partner.dto';

export class PartnerContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({ description: 'Kontaktperson' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Roll' })
  role: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  email: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  phone: string | null;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: PARTNER_TYPES, description: PARTNER_TYPE_TERMS })
  type: string;

  @ApiProperty()
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Organisationsnummer, NNNNNN-NNNN' })
  organisationNumber: string | null;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ type: [PartnerContactDto], description: 'Contact people, active and retired, by name' })
  contacts: PartnerContactDto[];

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;
}

export class PartnerPageDto {
  @ApiProperty({ type: [PartnerDto] })
  items: PartnerDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}
