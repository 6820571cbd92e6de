import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { IsOptionalNullable, Trimmed } from '@steg/http';

export const MAX_INHABITANTS = 20_000_000;

export class PutPopulationDto {
  @ApiProperty({
    description: 'Inhabitants on 31 December of the year (folkmängd 31 december, from SCB)',
    minimum: 1,
    maximum: MAX_INHABITANTS,
    example: 64_000,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_INHABITANTS)
  inhabitants: number;

  @ApiPropertyOptional({
    description: 'Where the figure comes from (källa), e.g. "SCB, folkmängd 31 december 2026"',
    maxLength: 200,
    nullable: true,
    type: String,
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  source?: string | null;
}

export class PopulationDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ description: 'Inhabitants on 31 December (folkmängd)' })
  inhabitants: number;

  @ApiProperty({ nullable: true, type: String, description: 'Källa' })
  source: string | null;

  @ApiProperty({ description: 'The version the ETag carries; send it as If-Match to change the figure' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class PopulationListDto {
  @ApiProperty({ type: [PopulationDto], description: 'One per year entered, the latest year first' })
  items: PopulationDto[];
}
