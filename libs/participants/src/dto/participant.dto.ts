import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import {
  IsCalendarDate,
  PageQuery,
  IsOptionalNotNull,
  IsOptionalNullable,
  Trimmed,
  ValidateNestedObject,
} from '@steg/http';
import {
  CONSENT_PARTIES,
  EDUCATION_LEVELS,
  GENDERS,
  PROTECTIONS,
  TIME_WITHOUT_WORK,
  type ConsentParty,
  type EducationLevel,
  type Gender,
  type Protection,
  type TimeWithoutWork,
} from '../domain/participant.types';

export class AddressDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Street address (gatuadress)',
    example: 'Storgatan 1',
  })
  @IsOptionalNullable()
  @IsString()
  @Length(1, 200)
  street?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: '^\\d{3} ?\\d{2}$',
    description: 'Postal code (postnummer), five digits',
    example: '831 30',
  })
  @IsOptionalNullable()
  @Matches(/^\d{3} ?\d{2}$/, { message: 'postalCode must be five digits, e.g. 831 30' })
  postalCode?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Post town (postort)',
    example: 'Östersund',
  })
  @IsOptionalNullable()
  @IsString()
  @Length(1, 100)
  city?: string | null;
}

export class SocialAssistanceDto {
  @ApiProperty({ description: 'Receives försörjningsstöd (ekonomiskt bistånd)' })
  @IsBoolean()
  receives: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Since when (YYYY-MM-DD)',
    example: '2025-09-01',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  since?: string | null;
}

export class CreateParticipantDto {
  @ApiPropertyOptional({
    description:
      'Personnummer or samordningsnummer: 10 or 12 digits, with or without - (or + from the year the ' +
      'person turns 100); blanks around it are ignored. ' +
      'Leave out for a person without a number (reservnummer): then birthDate is required.',
    example: '19900101-0017',
  })
  @IsOptionalNotNull()
  // Trimmed before the length check, so a pasted "  19760412-5075  " is not refused as too long.
  @Trimmed()
  @IsString()
  @Length(10, 15)
  identityNumber?: string;

  @ApiPropertyOptional({
    description: 'Birth date, required without an identity number',
    example: '1990-01-01',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  birthDate?: string;

  @ApiProperty({ description: 'First name (förnamn)', example: 'Anna' })
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty({ description: 'Last name (efternamn)', example: 'Andersson' })
  @IsString()
  @Length(1, 100)
  lastName: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The registering unit; needed only when you work in several IFO/AME units',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({
    enum: GENDERS,
    description: 'Gender as stated by the person (kön enligt egen uppgift)',
  })
  @IsOptionalNotNull()
  @IsIn(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Preferred language (språk)',
    example: 'arabiska',
  })
  @IsOptionalNullable()
  @IsString()
  @Length(1, 64)
  preferredLanguage?: string | null;

  @ApiPropertyOptional({ description: 'Needs an interpreter (behov av tolk)' })
  @IsOptionalNotNull()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, example: 'anna@example.se' })
  @IsOptionalNullable()
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '070-123 45 67' })
  @IsOptionalNullable()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number, e.g. 070-123 45 67' })
  phone?: string | null;

  @ApiPropertyOptional({ type: AddressDto })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => AddressDto)
  address?: AddressDto;

  @ApiPropertyOptional({
    enum: EDUCATION_LEVELS,
    description: 'Education level (utbildningsnivå, Kolada groups)',
  })
  @IsOptionalNotNull()
  @IsIn(EDUCATION_LEVELS)
  educationLevel?: EducationLevel;

  @ApiPropertyOptional({
    enum: TIME_WITHOUT_WORK,
    description: 'Time without work before enrolment (tid utan arbete, Kolada buckets)',
  })
  @IsOptionalNotNull()
  @IsIn(TIME_WITHOUT_WORK)
  timeWithoutWork?: TimeWithoutWork;

  @ApiPropertyOptional({ description: "In Arbetsförmedlingen's etableringsprogram" })
  @IsOptionalNotNull()
  @IsBoolean()
  inEstablishmentProgramme?: boolean;

  @ApiPropertyOptional({ description: 'Registered at Arbetsförmedlingen (inskriven)' })
  @IsOptionalNotNull()
  @IsBoolean()
  registeredAtArbetsformedlingen?: boolean;

  @ApiPropertyOptional({ type: SocialAssistanceDto })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => SocialAssistanceDto)
  socialAssistance?: SocialAssistanceDto;

  @ApiPropertyOptional({
    enum: PROTECTIONS,
    description:
      'Protected identity (skyddade personuppgifter): confidentiality_marked = sekretessmarkering, ' +
      'protected_registration = skyddad folkbokföring',
  })
  @IsOptionalNotNull()
  @IsIn(PROTECTIONS)
  protection?: Protection;
}

export class UpdateParticipantDto extends PartialType(
  OmitType(CreateParticipantDto, ['identityNumber', 'unitId']),
) {}

export class ReplaceIdentifierDto {
  @ApiProperty({
    description: 'The new personnummer or samordningsnummer, in any accepted form (see create)',
    example: '19900101-0017',
  })
  @Trimmed()
  @IsString()
  @Length(10, 15)
  identityNumber: string;

  @ApiProperty({ description: 'Why, e.g. "samordningsnummer ersatt av personnummer"' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class CreateConsentDto {
  @ApiProperty({ enum: CONSENT_PARTIES, isArray: true, description: 'Who may share with whom (parter)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CONSENT_PARTIES.length)
  @IsIn(CONSENT_PARTIES, { each: true })
  parties: ConsentParty[];

  @ApiPropertyOptional({ type: [String], description: 'Named partners, e.g. "Region Jämtland Härjedalen"' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  namedPartners?: string[];

  @ApiProperty({ description: 'What the consent covers (vad samtycket omfattar)' })
  @IsString()
  @Length(1, 2000)
  covers: string;

  @ApiProperty({ example: '2026-03-16' })
  @IsCalendarDate()
  givenOn: string;

  @ApiPropertyOptional({ example: '2027-03-16' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  validUntil?: string;
}

export class WithdrawConsentDto {
  @ApiProperty({
    description: 'The day the participant withdrew the consent (återkallat)',
    example: '2026-04-01',
  })
  @IsCalendarDate()
  withdrawnOn: string;
}

export class SearchParticipantsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Any identity number the person has had, in any accepted form' })
  @IsOptionalNotNull()
  @Trimmed()
  @IsString()
  @Length(10, 15)
  identityNumber?: string;

  @ApiPropertyOptional({ description: 'Part of the first or last name' })
  @IsOptionalNotNull()
  @IsString()
  @Length(2, 100)
  name?: string;
}
