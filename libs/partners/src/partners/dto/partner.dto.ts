import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  Length,
  Matches,
  MaxLength,
  ArrayMaxSize,
} from 'class-validator';
import {
  IsOptionalNotNull,
  IsOptionalNullable,
  PageQuery,
  QueryBoolean,
  Trimmed,
  ValidateNestedObject,
} from '@steg/http';
import { PARTNER_TYPES, type PartnerType } from '../domain/partner.types';

export const PARTNER_TYPE_TERMS =
  'arbetsformedlingen = Arbetsförmedlingen, forsakringskassan = Försäkringskassan, region = Region ' +
  '(hälso- och sjukvården), employer = arbetsgivare, civil_society = idéburen organisation (IOP-part), ' +
  'other_municipality = annan kommun, samordningsforbund = samordningsförbund (Finsam), other = övrig';
export const ORGANISATION_NUMBER_TERMS =
  'Organisationsnummer, NNNNNN-NNNN or 10 digits: Luhn check digit, third digit at least 2 (a legal ' +
  'person). A sole trader (enskild näringsidkare) trades under a personnummer: leave it out (personal ' +
  'data does not belong in organisation data). Stored and shown as NNNNNN-NNNN.';

export class PartnerContactInputDto {
  @ApiProperty({ description: 'Name of the contact person (kontaktperson)', example: 'Anna Andersson' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: 'Their role at the partner (roll), e.g. arbetsförmedlare' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  role?: string;

  @ApiPropertyOptional({ example: 'anna.andersson@partner.example' })
  @IsOptionalNotNull()
  @MaxLength(254)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: '010-123 45 67' })
  @IsOptionalNotNull()
  @Matches(/^[+\d][\d\s-]{4,31}$/, { message: '$property must be a phone number' })
  @IsString()
  phone?: string;
}

export class UpdatePartnerContactDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  role?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @Matches(/^[+\d][\d\s-]{4,31}$/, { message: '$property must be a phone number' })
  @IsString()
  phone?: string | null;

  @ApiPropertyOptional({ description: 'false: no longer a contact (kept for the involvements naming them)' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class CreatePartnerDto {
  @ApiProperty({ enum: PARTNER_TYPES, description: PARTNER_TYPE_TERMS })
  @IsIn(PARTNER_TYPES)
  type: PartnerType;

  @ApiProperty({ description: 'Name, unique in the municipality', example: 'Arbetsförmedlingen Timrå' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: ORGANISATION_NUMBER_TERMS, example: '202100-2114' })
  @IsOptionalNotNull()
  @Length(1, 20)
  @IsString()
  organisationNumber?: string;

  @ApiPropertyOptional({ type: [PartnerContactInputDto], description: 'Contact people (kontaktpersoner)' })
  @IsOptionalNotNull()
  @ValidateNestedObject({ each: true })
  @Type(() => PartnerContactInputDto)
  @ArrayMaxSize(50)
  @IsArray()
  contacts?: PartnerContactInputDto[];
}

export class UpdatePartnerDto {
  @ApiPropertyOptional({ enum: PARTNER_TYPES, description: PARTNER_TYPE_TERMS })
  @IsOptionalNotNull()
  @IsIn(PARTNER_TYPES)
  type?: PartnerType;

  @ApiPropertyOptional({ description: 'Name, unique in the municipality' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: `${ORGANISATION_NUMBER_TERMS} null clears it.`,
  })
  @IsOptionalNullable()
  @Length(1, 20)
  @IsString()
  organisationNumber?: string | null;

  @ApiPropertyOptional({ description: 'false: no longer a partner (history and agreements stay)' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class PartnersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PARTNER_TYPES })
  @IsOptionalNotNull()
  @IsIn(PARTNER_TYPES)
  type?: PartnerType;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only active; false: only inactive; left out: all',
  })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}
