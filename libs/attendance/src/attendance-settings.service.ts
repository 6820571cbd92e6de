import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MunicipalitySettings } from '@steg/case-work';
import type { Actor } from '@steg/http';
import { ClosureDaysService, SwedishCalendar } from '@steg/interventions';
import { AttendanceSettingsEntity } from './attendance.entity';
import type { AttendanceSettingsDto, UpdateAttendanceSettingsDto } from './settings/attendance-settings.dto';

export interface AttendanceSettings {
  backReportDays: number;
  unexcusedThresholdDays: number;
  dialogueDeadlineWorkingDays: number;
  signOffDueWorkingDays: number;
  nonWorkingEves: string[];
}

export const DEFAULT_ATTENDANCE_SETTINGS: Readonly<AttendanceSettings> = Object.freeze({
  backReportDays: 14,
  unexcusedThresholdDays: 1,
  dialogueDeadlineWorkingDays: 10,
  signOffDueWorkingDays: 5,
  nonWorkingEves: ['midsommarafton', 'julafton', 'nyårsafton'],
});

/** The municipality's attendance rules, or the defaults when it has set none. */
@Injectable()
export class AttendanceSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MunicipalitySettings,
    private readonly closures: ClosureDaysService,
  ) {}

  async forMunicipality(
    municipalityId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AttendanceSettings> {
    // Plain SQL: read on every attendance request, where TypeORM's find costs more than the query.
    const [row] = await manager.query<
      {
        back_report_days: number;
        unexcused_threshold_days: number;
        dialogue_deadline_working_days: number;
        sign_off_due_working_days: number;
        non_working_eves: string[];
      }[]
    >(
      `SELECT back_report_days, unexcused_threshold_days, dialogue_deadline_working_days,
              sign_off_due_working_days, non_working_eves
         FROM attendance_settings WHERE municipality_id = $1`,
      [municipalityId],
    );
    if (!row)
      return {
        ...DEFAULT_ATTENDANCE_SETTINGS,
        nonWorkingEves: [...DEFAULT_ATTENDANCE_SETTINGS.nonWorkingEves],
      };
    return {
      backReportDays: row.back_report_days,
      unexcusedThresholdDays: row.unexcused_threshold_days,
      dialogueDeadlineWorkingDays: row.dialogue_deadline_working_days,
      signOffDueWorkingDays: row.sign_off_due_working_days,
      nonWorkingEves: row.non_working_eves,
    };
  }

  /**
   * The working-day calendar: Swedish holidays, the municipality's non-working eves and the days a
   * unit (or the municipality) closes, from interventions' closure calendars (ClosureDaysService).
   */
  calendar(settings: AttendanceSettings, closedDays: readonly string[] = []): SwedishCalendar {
    return new SwedishCalendar({ nonWorkingHolidayEves: settings.nonWorkingEves, closedDays });
  }

  /**
   * Each placement's calendar: the municipality's settings and the days its place of work closes
   * (klämdagar; a unit's list overrides the municipality's), read once for all the placements.
   */
  async placementCalendars(
    manager: EntityManager,
    municipalityId: string,
    settings: AttendanceSettings,
    placementIds: readonly string[],
  ): Promise<(placementId: string) => SwedishCalendar> {
    const closed = await this.closures.forPlacements(manager, municipalityId, placementIds);
    const plain = this.calendar(settings);
    const calendars = new Map(
      [...closed].map(([id, days]) => [id, days.length === 0 ? plain : this.calendar(settings, days)]),
    );
    return (placementId) => calendars.get(placementId) ?? plain;
  }

  /** The settings as an admin reads them, with the version for If-Match (0 while the defaults apply). */
  async get(actor: Actor): Promise<AttendanceSettingsDto> {
    const row = await this.dataSource.manager.findOne(AttendanceSettingsEntity, {
      where: { municipalityId: actor.principal.municipalityId },
    });
    return settingsDto(row);
  }

  /**
   * Replaces the settings (admin). `expectedVersion` is the ETag read: 0 while the defaults apply
   * (the first PUT creates the row), then the row's version; a stale one answers 412. Audited with
   * the names of the values that changed.
   */
  async update(
    actor: Actor,
    expectedVersion: number,
    dto: UpdateAttendanceSettingsDto,
  ): Promise<AttendanceSettingsDto> {
    const saved = await this.settings.replace(actor, {
      entity: AttendanceSettingsEntity,
      resourceType: 'attendance_settings',
      primaryKey: 'pk_attendance_settings',
      expectedVersion,
      current: (row) => (row ? valuesOf(row) : defaults()),
      values: {
        backReportDays: dto.backReportDays,
        unexcusedThresholdDays: dto.unexcusedThresholdDays,
        dialogueDeadlineWorkingDays: dto.dialogueDeadlineWorkingDays,
        signOffDueWorkingDays: dto.signOffDueWorkingDays,
        nonWorkingEves: [...dto.nonWorkingEves].sort(),
      },
    });
    return settingsDto(saved);
  }
}

function defaults(): AttendanceSettings {
  return {
    ...DEFAULT_ATTENDANCE_SETTINGS,
    nonWorkingEves: [...DEFAULT_ATTENDANCE_SETTINGS.nonWorkingEves].sort(),
  };
}

function valuesOf(row: AttendanceSettingsEntity): AttendanceSettings {
  return {
    backReportDays: row.backReportDays,
    unexcusedThresholdDays: row.unexcusedThresholdDays,
    dialogueDeadlineWorkingDays: row.dialogueDeadlineWorkingDays,
    signOffDueWorkingDays: row.signOffDueWorkingDays,
    nonWorkingEves: [...row.nonWorkingEves].sort(),
  };
}

function settingsDto(row: AttendanceSettingsEntity | null): AttendanceSettingsDto {
  return {
    ...(row ? valuesOf(row) : defaults()),
    isDefault: row === null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
