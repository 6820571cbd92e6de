import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import {
  PERMISSIONS,
  Permission,
  Role,
  ROLES,
  IsOptionalNotNull,
  Trimmed,
  IsOptionalNullable,
  ValidateNestedObject,
} from '@steg/http';

// The pipe reports the first broken rule per field, and class-validator checks a property's
// decorators bottom-up: the type check sits nearest the property so a wrong type says so.

export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
export const MIN_PASSWORD_LENGTH = 12;
const MAX_MEMBERSHIPS = 100;

export class MembershipInputDto {
  @ApiProperty({ format: 'uuid', description: 'A unit (enhet) of your municipality' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ enum: ROLES, description: 'The role the user holds in that unit' })
  @IsIn(ROLES)
  role: Role;
}

export class CreateUserDto {
  @ApiProperty({
    description: 'Username (användarnamn): 3–64 of a-z, 0-9, dot, underscore, hyphen; unique',
    example: 'anna.andersson',
  })
  @Length(3, 64)
  @Matches(USERNAME_PATTERN, { message: 'username may contain only a-z, 0-9, dot, underscore and hyphen' })
  @IsString()
  username: string;

  @ApiProperty({ description: 'Name shown to colleagues', example: 'Anna Andersson' })
  @Trimmed()
  @Length(1, 200)
  @IsString()
  displayName: string;

  @ApiPropertyOptional({
    format: 'password',
    minLength: MIN_PASSWORD_LENGTH,
    description: 'For local sign-in; leave out for a user who signs in only through the identity provider',
  })
  @IsOptionalNotNull()
  @Length(MIN_PASSWORD_LENGTH, 256)
  @IsString()
  password?: string;

  @ApiPropertyOptional({
    description: "The identity provider's claim value this user is matched on (OIDC)",
  })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 256)
  @IsString()
  externalSubject?: string;

  @ApiPropertyOptional({
    enum: PERMISSIONS,
    isArray: true,
    description: 'protected_identity: sees skyddade personuppgifter unmasked',
  })
  @IsOptionalNotNull()
  @ArrayUnique()
  @IsIn(PERMISSIONS, { each: true })
  @IsArray()
  permissions?: Permission[];

  @ApiProperty({ type: [MembershipInputDto], description: 'Roles in units (may be empty)' })
  @ValidateNestedObject({ each: true })
  @Type(() => MembershipInputDto)
  @ArrayMaxSize(MAX_MEMBERSHIPS)
  @IsArray()
  memberships: MembershipInputDto[];
}

export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'Name shown to colleagues' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  displayName?: string;

  @ApiPropertyOptional({ description: 'False signs the user out at once: tokens stop working' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: PERMISSIONS, isArray: true, description: 'Replaces the permissions' })
  @IsOptionalNotNull()
  @ArrayUnique()
  @IsIn(PERMISSIONS, { each: true })
  @IsArray()
  permissions?: Permission[];

  @ApiPropertyOptional({
    format: 'password',
    minLength: MIN_PASSWORD_LENGTH,
    nullable: true,
    type: String,
    description: 'A new password; null removes local sign-in',
  })
  @IsOptionalNullable()
  @Length(MIN_PASSWORD_LENGTH, 256)
  @IsString()
  password?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "The identity provider's subject; null unlinks the user from the provider",
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(1, 256)
  @IsString()
  externalSubject?: string | null;
}

export class ReplaceMembershipsDto {
  @ApiProperty({ type: [MembershipInputDto], description: 'The complete new set (may be empty)' })
  @ValidateNestedObject({ each: true })
  @Type(() => MembershipInputDto)
  @ArrayMaxSize(MAX_MEMBERSHIPS)
  @IsArray()
  memberships: MembershipInputDto[];
}
