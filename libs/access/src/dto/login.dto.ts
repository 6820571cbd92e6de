import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'coach', description: 'Username (användarnamn)' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'steg-demo-coach', description: 'Password (lösenord)', format: 'password' })
  @IsString()
  @Length(1, 256)
  password: string;
}

export class TokenDto {
  @ApiProperty({ description: 'Short-lived JWT: send it as Authorization: Bearer <accessToken>' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token expires', example: 900 })
  expiresIn: number;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ description: 'Unit name (enhet)' })
  unitName: string;

  @ApiProperty({ enum: ['ifo', 'ame', 'site', 'other'] })
  unitType: string;

  @ApiProperty({
    enum: ['ifo_caseworker', 'ame_coach', 'supervisor', 'unit_manager', 'analyst', 'admin', 'auditor'],
  })
  role: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ description: 'Municipality (kommun)' })
  municipalityName: string;

  @ApiProperty({ type: [MembershipDto] })
  memberships: MembershipDto[];

  @ApiProperty({ type: [String], enum: ['protected_identity'], isArray: true })
  permissions: string[];
}
