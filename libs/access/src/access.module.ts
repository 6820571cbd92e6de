import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@steg/audit';
import { AccessPolicyService, ParticipantRelationsService } from './access-policy.service';
import { AdminApiKeysController } from './admin/admin-api-keys.controller';
import { MunicipalitySetupService } from './admin/municipality-setup.service';
import { StaffPrincipalsService } from './staff-principals.service';
import { AdminApiKeysService } from './admin/admin-api-keys.service';
import { AdminUnitsController } from './admin/admin-units.controller';
import { AdminUnitsService } from './admin/admin-units.service';
import { AdminUsersController } from './admin/admin-users.controller';
import { AdminUsersService } from './admin/admin-users.service';
import { ApiKeyStrategy } from './auth/api-key.strategy';
import { AuthController } from './auth/auth.controller';
import { AuthenticationService } from './auth/authentication.service';
import { BearerStrategy } from './auth/bearer.strategy';
import { AuthenticationGuard, PolicyGuard } from './auth/guards';
import { PasswordService } from './auth/password.service';
import { SignInPassport } from './auth/sign-in.passport';
import { TokenService } from './auth/token.service';
import { DirectoryService } from './directory.service';
import { UnitsDirectoryController } from './units-directory.controller';

@Module({
  imports: [AuditModule],
  controllers: [
    AuthController,
    AdminUnitsController,
    AdminUsersController,
    AdminApiKeysController,
    UnitsDirectoryController,
  ],
  providers: [
    AuthenticationService,
    SignInPassport,
    BearerStrategy,
    ApiKeyStrategy,
    TokenService,
    PasswordService,
    DirectoryService,
    AccessPolicyService,
    ParticipantRelationsService,
    AdminUnitsService,
    AdminUsersService,
    AdminApiKeysService,
    MunicipalitySetupService,
    StaffPrincipalsService,
    // Order matters: who are you, then may you.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [
    AccessPolicyService,
    ParticipantRelationsService,
    PasswordService,
    TokenService,
    MunicipalitySetupService,
    StaffPrincipalsService,
  ],
})
export class AccessModule {}
