import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@steg/audit';
import { AccessPolicyService, ParticipantRelationsService } from './access-policy.service';
import { AuthController } from './auth/auth.controller';
import { AuthenticationService } from './auth/authentication.service';
import { AuthenticationGuard, PolicyGuard } from './auth/guards';
import { PasswordService } from './auth/password.service';
import { TokenService } from './auth/token.service';
import { DirectoryService } from './directory.service';

@Module({
  imports: [AuditModule],
  controllers: [AuthController],
  providers: [
    AuthenticationService,
    TokenService,
    PasswordService,
    DirectoryService,
    AccessPolicyService,
    ParticipantRelationsService,
    // Order matters: who are you, then may you.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [AccessPolicyService, ParticipantRelationsService, PasswordService, TokenService],
})
export class AccessModule {}
