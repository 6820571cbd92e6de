import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsOptionalNotNull, PageQuery } from '@steg/http';
import { UNIT_TYPE_DESCRIPTION } from '../admin/dto/unit.dto';
import { UNIT_TYPES, UnitType } from '../entities/unit.entity';

export class UnitDirectoryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: UNIT_TYPES, description: `Only units of this type: ${UNIT_TYPE_DESCRIPTION}` })
  @IsOptionalNotNull()
  @IsIn(UNIT_TYPES)
  type?: UnitType;
}

/** A unit as anyone at work may see it: organisation data, no person's data, no version. */
export class DirectoryUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Unit name (enhet)', example: 'AME Norr' })
  name: string;

  @ApiProperty({ enum: UNIT_TYPES, description: UNIT_TYPE_DESCRIPTION })
  type: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Parent unit (överordnad enhet)',
  })
  parentId: string | null;
}

export class DirectoryUnitPageDto {
  @ApiProperty({ type: [DirectoryUnitDto] })
  items: DirectoryUnitDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}
