import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AttendanceImportModule } from '@steg/attendance';
import { AuditModule } from '@steg/audit';
import { StegConfig } from '@steg/config';
import { CaseImportModule, CoreModule } from '@steg/core';
import { MeasurementModule } from '@steg/measurement';
import { AuditAnchorCommand, AuditCommand, AuditVerifyCommand } from './commands/audit.command';
import {
  MigrationCommand,
  MigrationGenerateCommand,
  MigrationRevertCommand,
  MigrationRunCommand,
  MigrationShowCommand,
} from './commands/migration.command';
import {
  ImportAssistancePeriodsCommand,
  ImportAttendanceCommand,
  ImportCasesCommand,
  ImportCommand,
} from './commands/import.command';
import { CreateMunicipalityCommand, MunicipalityCommand } from './commands/municipality.command';
import { SeedCommand, SeedSyntheticCommand } from './commands/seed.command';
import { ExportCommand, ExportKoladaCommand, ExportManagementCommand } from './commands/export.command';

@Module({})
export class CliModule {
  static forRoot(config: StegConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreModule.forRoot(config),
        AccessModule,
        AuditModule,
        AttendanceImportModule,
        CaseImportModule,
        MeasurementModule,
      ],
      providers: [
        MigrationCommand,
        MigrationRunCommand,
        MigrationRevertCommand,
        MigrationShowCommand,
        MigrationGenerateCommand,
        SeedCommand,
        SeedSyntheticCommand,
        ExportCommand,
        ExportKoladaCommand,
        ExportManagementCommand,
        MunicipalityCommand,
        CreateMunicipalityCommand,
        AuditCommand,
        AuditVerifyCommand,
        AuditAnchorCommand,
        ImportCommand,
        ImportAttendanceCommand,
        ImportCasesCommand,
        ImportAssistancePeriodsCommand,
      ],
    };
  }
}
