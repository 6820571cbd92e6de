import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray } from 'class-validator';
import { IsCalendarDate } from '@steg/http';

export class UpdateClosureDaysDto {
  @ApiProperty({
    type: [String],
    format: 'date',
    description:
      'Every day closed (stängd dag, klämdag), as YYYY-MM-DD, each once; the list replaces the one held. ' +
      'An empty list: open every working day (for a unit, this overrides the municipality’s days).',
    example: ['2026-05-15', '2026-06-20'],
  })
  @ArrayUnique()
  @ArrayMaxSize(400)
  @IsCalendarDate({ each: true })
  @IsArray()
  days: string[];
}

export class ClosureDaysDto {
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The unit, or null for the whole municipality',
  })
  unitId: string | null;

  @ApiProperty({ type: [String], format: 'date', description: 'The closed days, ascending' })
  days: string[];

  @ApiProperty({
    description:
      'For a unit: true while it has no list of its own, so the municipality’s days (shown) apply. ' +
      'For the municipality: true while it has set none.',
  })
  inherited: boolean;

  @ApiProperty({ description: 'Row version; also the ETag. 0 while none is set (If-Match: "0" sets it)' })
  version: number;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  updatedAt: string | null;
}
