import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COST_BASES, INTERVENTION_CATEGORIES, PROVIDERS, SITE_KINDS } from '../domain/intervention.types';
import { CATEGORY_TERMS, COST_TERMS } from './catalogue.dto';

const VERSION = 'Row version; send it back as If-Match: "<version>"';

export class InterventionTypeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Arbetsträning snickeri' })
  name: string;

  @ApiProperty({ enum: INTERVENTION_CATEGORIES, description: CATEGORY_TERMS })
  category: string;

  @ApiProperty({ description: 'Job-focused (arbetsinriktad)' })
  jobFocused: boolean;

  @ApiProperty({ enum: PROVIDERS })
  provider: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  providerName: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ description: 'false: retired (avvecklad)' })
  active: boolean;

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class InterventionTypePageDto {
  @ApiProperty({ type: [InterventionTypeDto] })
  items: InterventionTypeDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}

export class AddressDto {
  @ApiPropertyOptional({ nullable: true, type: String })
  street: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  postalCode: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  city: string | null;
}

export class ContactDto {
  @ApiPropertyOptional({ nullable: true, type: String })
  name: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  phone: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  email: string | null;
}

export class SiteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Återbruket' })
  name: string;

  @ApiProperty({ enum: SITE_KINDS })
  kind: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The site’s unit' })
  unitId: string | null;

  @ApiProperty({ type: AddressDto })
  address: AddressDto;

  @ApiProperty({ type: ContactDto })
  contact: ContactDto;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class SitePageDto {
  @ApiProperty({ type: [SiteDto] })
  items: SiteDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class InterventionInstanceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  typeId: string;

  @ApiProperty({ example: 'Snickeriet HT 2026' })
  name: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  siteId: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The agreement (överenskommelse) it runs under',
  })
  agreementId: string | null;

  @ApiProperty({ format: 'uuid', description: 'The responsible AME unit' })
  responsibleUnitId: string;

  @ApiProperty()
  startsOn: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  endsOn: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Places; null = no limit' })
  capacity: number | null;

  @ApiProperty({ enum: COST_BASES, description: COST_TERMS })
  costBasis: string;

  @ApiProperty({ description: 'Budget in öre' })
  costOre: number;

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class OccupancyDto {
  @ApiProperty({ description: 'The day counted (today)' })
  date: string;

  @ApiProperty({ description: 'Placements active that day (started, not ended)' })
  active: number;

  @ApiPropertyOptional({ nullable: true, type: Number })
  capacity: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Free places; null = no limit' })
  free: number | null;
}

export class InterventionInstanceDetailDto extends InterventionInstanceDto {
  @ApiProperty({ type: OccupancyDto, description: 'Current occupancy (beläggning)' })
  occupancy: OccupancyDto;
}

export class InterventionInstancePageDto {
  @ApiProperty({ type: [InterventionInstanceDto] })
  items: InterventionInstanceDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class WorkTeamDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  instanceId: string;

  @ApiProperty({ example: 'Renare stad' })
  name: string;

  @ApiProperty({ format: 'uuid', description: 'The supervisor (handledare)' })
  supervisorId: string;

  @ApiProperty({ minimum: 1, maximum: 8 })
  capacity: number;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class WorkTeamPageDto {
  @ApiProperty({ type: [WorkTeamDto] })
  items: WorkTeamDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}
