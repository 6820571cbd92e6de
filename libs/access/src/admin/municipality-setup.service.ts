import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@steg/audit';
import type { Actor } from '@steg/http';
import { ValidationFailedError } from '@steg/kernel';
import { PasswordService } from '../auth/password.service';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { StaffUserEntity } from '../entities/staff-user.entity';
import { UnitMembershipEntity } from '../entities/unit-membership.entity';
import { UnitEntity } from '../entities/unit.entity';
import { MunicipalityCodeTakenError } from './admin.errors';
import { requireFreeUsername, translateUniqueViolation } from './admin.support';
import { NewMunicipality, newMunicipalityProblems } from './domain/municipality.rules';

export interface CreatedMunicipality {
  municipalityId: string;
  /** The organisation's root unit (type `other`), where the administrator holds `admin`. */
  unitId: string;
  adminUserId: string;
}

/**
 * Sets up a new tenant for an operator (`steg municipality create`): the municipality, its root unit
 * and a first administrator, who then creates units, users and catalogues through the API. One
 * transaction; the creation is the first event of the municipality's audit chain, made as the new
 * administrator from the console (`via: 'cli'`), so the log shows where the tenant came from.
 */
@Injectable()
export class MunicipalitySetupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async create(input: NewMunicipality, operator: { name: string }): Promise<CreatedMunicipality> {
    const problems = newMunicipalityProblems(input);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const { admin } = input;
    // Outside the transaction: argon2 is deliberately slow.
    const passwordHash = admin.password === undefined ? null : await this.passwords.hash(admin.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Kommunkod is not unique in the schema (test and demo tenants share codes); an operator
        // creating the same municipality twice is refused here.
        if (await manager.existsBy(MunicipalityEntity, { code: input.code })) {
          throw new MunicipalityCodeTakenError(input.code);
        }
        await requireFreeUsername(manager, admin.username);
        const municipality = await manager.save(
          manager.create(MunicipalityEntity, { code: input.code, name: input.name.trim() }),
        );
        const root = await manager.save(
          manager.create(UnitEntity, {
            municipalityId: municipality.id,
            type: 'other',
            name: input.name.trim(),
            parentId: null,
          }),
        );
        const user = await manager.save(
          manager.create(StaffUserEntity, {
            municipalityId: municipality.id,
            username: admin.username,
            displayName: admin.displayName.trim(),
            passwordHash,
            externalSubject: admin.externalSubject?.trim() ?? null,
            permissions: [],
            active: true,
          }),
        );
        await manager.insert(UnitMembershipEntity, {
          municipalityId: municipality.id,
          userId: user.id,
          unitId: root.id,
          role: 'admin',
        });
        const actor: Actor = {
          principal: {
            kind: 'user',
            userId: user.id,
            municipalityId: municipality.id,
            username: user.username,
            displayName: user.displayName,
            memberships: [{ unitId: root.id, role: 'admin' }],
            permissions: [],
          },
          requestId: randomUUID(),
          ip: 'console',
          route: 'CLI municipality create',
        };
        const via = { via: 'cli', operator: operator.name };
        await this.audit.record(manager, actor, [
          {
            action: 'create',
            resourceType: 'municipality',
            resourceId: municipality.id,
            unitId: root.id,
            details: { ...via, code: municipality.code },
          },
          {
            action: 'create',
            resourceType: 'staff_user',
            resourceId: user.id,
            unitId: root.id,
            details: { ...via, roles: 'admin', permissions: '', localSignIn: passwordHash !== null },
          },
        ]);
        return { municipalityId: municipality.id, unitId: root.id, adminUserId: user.id };
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }
}
