import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@steg/kernel';
import { buildDataSourceOptions } from '@steg/database';
import { StegConfig } from '@steg/config';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { CaseWorkModule } from '@steg/case-work';
import { ParticipantsModule } from '@steg/participants';
import { ReferralReportingModule, ReferralsModule } from '@steg/referrals';
import { InterventionsModule } from '@steg/interventions';
import { PlansModule } from '@steg/plans';
import { AttendanceModule, AttendanceMonthsModule } from '@steg/attendance';
import { AttendanceReportingModule } from '@steg/attendance';
import { AttendanceImportModule } from '@steg/attendance';
import { MeasurementModule } from '@steg/measurement';
import { PartnersModule } from '@steg/partners';
import { DeviationsModule } from '@steg/deviations';
import { ReadModelsModule } from '@steg/read-models';
import { SCHEMA } from './schema/schema';
import { CaseImportModule } from './import/case-import.module';

export interface CoreOptions {
  /** Tests pass a FixedClock. */
  clock?: Clock;
  /**
   * Build the module graph without connecting to a database (used to write the OpenAPI file).
   */
  withoutDatabase?: boolean;
}

/**
 * The composition root shared by the API and the CLI: configuration, clock, the database and every
 * bounded-context module.
 */
@Module({})
export class CoreModule {
  static forRoot(config: StegConfig, options: CoreOptions = {}): DynamicModule {
    const url = config.databaseUrl ?? 'postgres://unused@127.0.0.1:1/unused';
    if (!config.databaseUrl && !options.withoutDatabase) {
      throw new Error('CoreModule needs config.databaseUrl (start the embedded database first).');
    }
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(url, SCHEMA, config.databasePoolSize),
          manualInitialization: options.withoutDatabase === true,
        }),
        AuditModule,
        AccessModule,
        CaseWorkModule,
        ParticipantsModule,
        ReferralsModule,
        ReferralReportingModule,
        InterventionsModule,
        PlansModule,
        ReadModelsModule.forRoot({
          statisticsDatabaseUrl: config.statisticsDatabaseUrl,
          withoutDatabase: options.withoutDatabase,
        }),
        AttendanceModule,
        AttendanceReportingModule,
        AttendanceImportModule,
        AttendanceMonthsModule,
        CaseImportModule,
        MeasurementModule,
        PartnersModule,
        DeviationsModule,
      ],
      providers: [
        { provide: StegConfig, useValue: config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
      ],
      // The read models for the CLI's exports (steg export kolada).
      exports: [StegConfig, Clock, ReadModelsModule],
    };
  }
}
