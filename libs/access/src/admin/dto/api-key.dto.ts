import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { API_KEY_SCOPES, ApiKeyScope, Trimmed, IsOptionalNotNull } from '@steg/http';

// First broken rule per field, checked bottom-up: the type check sits nearest the property.

export class CreateApiKeyDto {
  @ApiProperty({ description: 'What the key is for', example: 'Närvaro från arbetsplatsens terminal' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, description: 'What the key may do' })
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  @ArrayMinSize(1)
  @IsArray()
  scopes: ApiKeyScope[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The unit whose data the key works on (e.g. a work site), in your municipality',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;
}
