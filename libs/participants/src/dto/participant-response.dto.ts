import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSENT_PARTIES,
  EDUCATION_LEVELS,
  GENDERS,
  PROTECTIONS,
  TIME_WITHOUT_WORK,
} from '../domain/participant.types';

export class IdentifierHistoryDto {
  @ApiProperty({ enum: ['personnummer', 'samordningsnummer'] })
  kind: string;

  @ApiProperty({ example: '19900101-0017', description: 'YYYYMMDD-NNNK' })
  identityNumber: string;

  @ApiProperty({ description: 'Whether this is the number in use now' })
  current: boolean;

  @ApiProperty({ format: 'date-time' })
  validFrom: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  replacedAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  reason: string | null;
}

export class ConsentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: CONSENT_PARTIES, isArray: true })
  parties: string[];

  @ApiProperty({ type: [String] })
  namedPartners: string[];

  @ApiProperty()
  covers: string;

  @ApiProperty({ example: '2026-03-16' })
  givenOn: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  validUntil: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Withdrawn (återkallat) on' })
  withdrawnOn: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

class AddressResponseDto {
  @ApiPropertyOptional({ nullable: true, type: String })
  street: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  postalCode: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  city: string | null;
}

class SocialAssistanceResponseDto {
  @ApiProperty({ description: 'Receives försörjningsstöd' })
  receives: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  since: string | null;
}

/** The full record, for IFO caseworkers, AME coaches and their managers. */
export class ParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    description: 'True when protected identity hides name, number, address and contact details',
  })
  masked: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, example: '19900101-0017' })
  identityNumber: string | null;

  @ApiPropertyOptional({ nullable: true, enum: ['personnummer', 'samordningsnummer'] })
  identityKind: string | null;

  @ApiProperty({ description: 'No identity number yet (reservnummer): to be completed' })
  identityIncomplete: boolean;

  @ApiProperty({ type: [IdentifierHistoryDto] })
  identifiers: IdentifierHistoryDto[];

  @ApiPropertyOptional({ nullable: true, type: String, example: '1990-01-01' })
  birthDate: string | null;

  @ApiProperty({ example: 'Anna' })
  firstName: string;

  @ApiProperty({ example: 'Andersson' })
  lastName: string;

  @ApiProperty({ enum: GENDERS })
  gender: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  preferredLanguage: string | null;

  @ApiProperty()
  interpreterNeeded: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  email: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  phone: string | null;

  @ApiProperty({ type: AddressResponseDto })
  address: AddressResponseDto;

  @ApiProperty({ enum: EDUCATION_LEVELS })
  educationLevel: string;

  @ApiProperty({ enum: TIME_WITHOUT_WORK })
  timeWithoutWork: string;

  @ApiProperty()
  inEstablishmentProgramme: boolean;

  @ApiProperty()
  registeredAtArbetsformedlingen: boolean;

  @ApiProperty({ type: SocialAssistanceResponseDto })
  socialAssistance: SocialAssistanceResponseDto;

  @ApiProperty({ enum: PROTECTIONS })
  protection: string;

  @ApiProperty({ type: [ConsentDto] })
  consents: ConsentDto[];

  @ApiProperty({ format: 'uuid' })
  registeredByUnitId: string;

  @ApiProperty({ description: 'Row version; also the ETag' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** What a supervisor (handledare) sees: the name, nothing else about the person. */
export class ParticipantForSupervisorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  masked: boolean;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;
}

export class ParticipantSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  masked: boolean;

  @ApiPropertyOptional({ nullable: true, type: String })
  identityNumber: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  birthDate: string | null;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ enum: PROTECTIONS })
  protection: string;
}

export class ParticipantPageDto {
  @ApiProperty({ type: [ParticipantSummaryDto] })
  items: ParticipantSummaryDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}
