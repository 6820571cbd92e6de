import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_SCOPES, PERMISSIONS } from '@steg/http';
import { MembershipDto } from '../../dto/login.dto';
import { UNIT_TYPES } from '../../entities/unit.entity';

export class UnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Unit name (enhet)', example: 'AME Norr' })
  name: string;

  @ApiProperty({ enum: UNIT_TYPES })
  type: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Parent unit' })
  parentId: string | null;

  @ApiProperty({ description: 'False for a closed unit: its memberships grant nothing' })
  active: boolean;

  @ApiProperty({ description: 'Row version; send it back as If-Match: "<version>"', example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class UnitPageDto {
  @ApiProperty({ type: [UnitDto] })
  items: UnitDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}

/** A staff user as the admin sees them. The password hash never leaves the service. */
export class StaffUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'anna.andersson' })
  username: string;

  @ApiProperty({ example: 'Anna Andersson' })
  displayName: string;

  @ApiProperty({ description: 'Whether the user has a password for local sign-in' })
  hasPassword: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, description: "Identity provider's subject (OIDC)" })
  externalSubject: string | null;

  @ApiProperty({ enum: PERMISSIONS, isArray: true })
  permissions: string[];

  @ApiProperty({ description: 'False: the user cannot sign in and old tokens stop working' })
  active: boolean;

  @ApiProperty({ type: [MembershipDto] })
  memberships: MembershipDto[];

  @ApiProperty({ description: 'Row version; send it back as If-Match: "<version>"', example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class StaffUserPageDto {
  @ApiProperty({ type: [StaffUserDto] })
  items: StaffUserDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}

/** An API key without its secret: only the prefix, which identifies it in logs, is shown. */
export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: 'The key starts steg_<prefix>_ — safe to show', example: 'a1b2c3d4e5f6' })
  prefix: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true })
  scopes: string[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  unitId: string | null;

  @ApiProperty({ format: 'uuid', description: 'The admin who created the key' })
  createdBy: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'To the minute' })
  lastUsedAt: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  revokedAt: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  revokedBy: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({
    description:
      'The key, shown this once: send it as Authorization: ApiKey <key>. Only a hash is stored, so a ' +
      'lost key cannot be shown again; revoke it and create a new one.',
    example: 'steg_a1b2c3d4e5f6_…',
  })
  key: string;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyDto] })
  items: ApiKeyDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Cursor for the next page' })
  nextCursor: string | null;
}
