import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { UNIT_TYPES, UnitType } from '../../entities/unit.entity';
import { IsOptionalNotNull, Trimmed, IsOptionalNullable } from '@steg/http';

// The pipe reports the first broken rule per field, and class-validator checks a property's
// decorators bottom-up: the type check sits nearest the property so a wrong type says so.

export const UNIT_TYPE_DESCRIPTION =
  'ifo = individ- och familjeomsorg, ame = arbetsmarknadsenhet, site = work site (arbetsplats), other';

export class CreateUnitDto {
  @ApiProperty({ description: 'Unit name (enhet), unique in the municipality', example: 'AME Norr' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiProperty({ enum: UNIT_TYPES, description: UNIT_TYPE_DESCRIPTION })
  @IsIn(UNIT_TYPES)
  type: UnitType;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The unit above this one (överordnad enhet), in the same municipality',
  })
  @IsOptionalNullable()
  @IsUUID()
  parentId?: string | null;
}

export class UpdateUnitDto {
  @ApiPropertyOptional({ description: 'Unit name (enhet), unique in the municipality' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'New parent unit; null makes the unit a top-level unit',
  })
  @IsOptionalNullable()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({
    description: 'False closes the unit: its memberships stop granting access (roles are read per request)',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}
