import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsCalendarDate,
  PageQuery,
  IsOptionalNotNull,
  QueryBoolean,
  Trimmed,
  IsOptionalNullable,
  ValidateNestedObject,
} from '@steg/http';
import {
  COST_BASES,
  INTERVENTION_CATEGORIES,
  PROVIDERS,
  SITE_KINDS,
  type CostBasis,
  type InterventionCategory,
  type Provider,
  type SiteKind,
} from '../domain/intervention.types';

// The pipe reports the first broken rule per field, and class-validator checks a property's
// decorators bottom-up: the type check sits nearest the property so a wrong type says so.

export const CATEGORY_TERMS =
  'work_training_internal = arbetsträning intern, work_training_external = arbetsträning extern, ' +
  'internship = praktik, job_track = jobbspår, sfi = svenska för invandrare, language_training = ' +
  'språkträning/språkstöd, development_year = utvecklingsår, health_motivation = hälsomotivation, ' +
  'study_motivation = studiemotivation, group_coaching = gruppcoachning, structure_support = strukturstöd, ' +
  'activity_ability_assessment = aktivitetsförmågebedömning, social_skills_training = social ' +
  'färdighetsträning, job_search_activity = jobbsökaraktivitet, study_circles = studiecirklar, ' +
  'individual = individuella insatser, other = övrigt';
export const COST_TERMS =
  'none = no budget recorded, per_month = costOre is the budget per month, per_place_per_month = costOre ' +
  'is the budget per place and month. Money in öre (1 kr = 100 öre), integers.';
const MAX_COST_ORE = Number.MAX_SAFE_INTEGER;

// --- intervention types -------------------------------------------------------------------------

export class CreateInterventionTypeDto {
  @ApiProperty({
    description: 'Name (insats), unique in the municipality',
    example: 'Arbetsträning snickeri',
  })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiProperty({ enum: INTERVENTION_CATEGORIES, description: CATEGORY_TERMS })
  @IsIn(INTERVENTION_CATEGORIES)
  category: InterventionCategory;

  @ApiProperty({ description: 'Job-focused (arbetsinriktad): counts for the BIP job-focus check' })
  @IsBoolean()
  jobFocused: boolean;

  @ApiPropertyOptional({
    enum: PROVIDERS,
    default: 'own_unit',
    description: 'Who provides it: own_unit = the municipality itself, partner = a partner (samverkanspart)',
  })
  @IsOptionalNotNull()
  @IsIn(PROVIDERS)
  provider?: Provider;

  @ApiPropertyOptional({ description: 'The partner that provides it (only with provider partner)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  providerName?: string;

  @ApiPropertyOptional({ description: 'Description (beskrivning)' })
  @IsOptionalNotNull()
  @Length(1, 4000)
  @IsString()
  description?: string;
}

export class UpdateInterventionTypeDto {
  @ApiPropertyOptional({ description: 'Name (insats), unique in the municipality' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: INTERVENTION_CATEGORIES, description: CATEGORY_TERMS })
  @IsOptionalNotNull()
  @IsIn(INTERVENTION_CATEGORIES)
  category?: InterventionCategory;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  jobFocused?: boolean;

  @ApiPropertyOptional({ enum: PROVIDERS })
  @IsOptionalNotNull()
  @IsIn(PROVIDERS)
  provider?: Provider;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  providerName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' })
  @IsOptionalNullable()
  @Length(1, 4000)
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({
    description: 'false retires the type (avvecklad): no new instances or placements; history stays',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class InterventionTypesQuery extends PageQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only active; false: only retired; left out: all',
  })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: INTERVENTION_CATEGORIES })
  @IsOptionalNotNull()
  @IsIn(INTERVENTION_CATEGORIES)
  category?: InterventionCategory;
}

// --- sites ---------------------------------------------------------------------------------------

export class SiteAddressDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Verkstadsgatan 4' })
  @IsOptionalNullable()
  @Length(1, 200)
  @IsString()
  street?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '123 45', description: 'Postnummer' })
  @IsOptionalNullable()
  @Matches(/^\d{3} ?\d{2}$/, { message: '$property must be a Swedish postal code like 123 45' })
  @IsString()
  postalCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Storstad' })
  @IsOptionalNullable()
  @Length(1, 100)
  @IsString()
  city?: string | null;
}

export class SiteContactDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Contact person (kontaktperson)' })
  @IsOptionalNullable()
  @Length(1, 200)
  @IsString()
  name?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '010-123 45 67' })
  @IsOptionalNullable()
  @Matches(/^[+\d][\d\s-]{4,31}$/, { message: '$property must be a phone number' })
  @IsString()
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'verkstad@kommun.example' })
  @IsOptionalNullable()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;
}

export class CreateSiteDto {
  @ApiProperty({ description: 'Name, unique in the municipality', example: 'Återbruket' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiProperty({
    enum: SITE_KINDS,
    description:
      'internal = the municipality’s own work-training site, external_employer = arbetsgivare, partner',
  })
  @IsIn(SITE_KINDS)
  kind: SiteKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The unit (type site) whose supervisors work here; their supervision relations go through it',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ type: SiteAddressDto })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => SiteAddressDto)
  address?: SiteAddressDto;

  @ApiPropertyOptional({ type: SiteContactDto })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => SiteContactDto)
  contact?: SiteContactDto;
}

export class UpdateSiteDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: SITE_KINDS })
  @IsOptionalNotNull()
  @IsIn(SITE_KINDS)
  kind?: SiteKind;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null unlinks the unit' })
  @IsOptionalNullable()
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({
    type: SiteAddressDto,
    description: 'Replaces the whole address; fields left out are cleared',
  })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => SiteAddressDto)
  address?: SiteAddressDto;

  @ApiPropertyOptional({
    type: SiteContactDto,
    description: 'Replaces the whole contact; fields left out are cleared',
  })
  @IsOptionalNotNull()
  @ValidateNestedObject()
  @Type(() => SiteContactDto)
  contact?: SiteContactDto;

  @ApiPropertyOptional({ description: 'false closes the site for new instances' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class SitesQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: SITE_KINDS })
  @IsOptionalNotNull()
  @IsIn(SITE_KINDS)
  kind?: SiteKind;
}

// --- intervention instances ----------------------------------------------------------------------

export class CreateInterventionInstanceDto {
  @ApiProperty({ format: 'uuid', description: 'The intervention type (an active type of the catalogue)' })
  @IsUUID()
  typeId: string;

  @ApiProperty({ description: 'Name of this offering', example: 'Snickeriet HT 2026' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The site where it is offered (an active site)' })
  @IsOptionalNotNull()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The agreement it runs under (överenskommelse, IOP, an employer’s arbetsträningsavtal); 422 AGREEMENT_INVALID unless one of your municipality',
  })
  @IsOptionalNotNull()
  @IsUUID()
  agreementId?: string;

  @ApiProperty({ format: 'uuid', description: 'The responsible AME unit (an active unit of type ame)' })
  @IsUUID()
  responsibleUnitId: string;

  @ApiProperty({ example: '2026-01-05' })
  @IsCalendarDate()
  startsOn: string;

  @ApiPropertyOptional({ example: '2026-12-18', description: 'Last day; left out = until further notice' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endsOn?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Places (platser); left out = no limit' })
  @IsOptionalNotNull()
  @Max(100_000)
  @Min(1)
  @IsInt()
  capacity?: number;

  @ApiPropertyOptional({ enum: COST_BASES, default: 'none', description: COST_TERMS })
  @IsOptionalNotNull()
  @IsIn(COST_BASES)
  costBasis?: CostBasis;

  @ApiPropertyOptional({
    minimum: 0,
    default: 0,
    description: 'Budget in öre (integer); 0 with costBasis none',
  })
  @IsOptionalNotNull()
  @Max(MAX_COST_ORE)
  @Min(0)
  @IsInt()
  costOre?: number;
}

export class UpdateInterventionInstanceDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Not while placements are active (their supervisors’ relations go through the site)',
  })
  @IsOptionalNullable()
  @IsUUID()
  siteId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The agreement (överenskommelse) it runs under; null clears it',
  })
  @IsOptionalNullable()
  @IsUUID()
  agreementId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Not while placements are active' })
  @IsOptionalNotNull()
  @IsUUID()
  responsibleUnitId?: string;

  @ApiPropertyOptional({ description: 'Must stay on or before every placement’s start' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  startsOn?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Must stay on or after every placement’s start; null = until further notice',
  })
  @IsOptionalNullable()
  @IsCalendarDate()
  endsOn?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 1,
    description: 'null = no limit. A lower capacity binds new placements only.',
  })
  @IsOptionalNullable()
  @Max(100_000)
  @Min(1)
  @IsInt()
  capacity?: number | null;

  @ApiPropertyOptional({ enum: COST_BASES, description: COST_TERMS })
  @IsOptionalNotNull()
  @IsIn(COST_BASES)
  costBasis?: CostBasis;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptionalNotNull()
  @Max(MAX_COST_ORE)
  @Min(0)
  @IsInt()
  costOre?: number;
}

export class InterventionInstancesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  typeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  responsibleUnitId?: string;

  @ApiPropertyOptional({
    description: 'Only instances whose period contains this date',
    example: '2026-03-16',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  activeOn?: string;
}

// --- work teams ----------------------------------------------------------------------------------

export class CreateWorkTeamDto {
  @ApiProperty({ format: 'uuid', description: 'The intervention instance the team works in' })
  @IsUUID()
  instanceId: string;

  @ApiProperty({ description: 'Name (arbetslag), unique in the instance', example: 'Renare stad' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The supervisor (handledare): an active user with role supervisor',
  })
  @IsUUID()
  supervisorId: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 8, default: 8, description: 'Places; a team is 5–8 people' })
  @IsOptionalNotNull()
  @Max(8)
  @Min(1)
  @IsInt()
  capacity?: number;
}

export class UpdateWorkTeamDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'A new supervisor for new placements. Placements already in the team keep theirs until a coach moves ' +
      'them (PATCH /placements/:id), since that moves who sees the person.',
  })
  @IsOptionalNotNull()
  @IsUUID()
  supervisorId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 8, description: 'A lower capacity binds new placements only' })
  @IsOptionalNotNull()
  @Max(8)
  @Min(1)
  @IsInt()
  capacity?: number;

  @ApiPropertyOptional({ description: 'false closes the team for new placements' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class WorkTeamsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  instanceId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptionalNotNull()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}
