import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SwedishCalendar } from '@steg/interventions';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /** The working-day calendar of a municipality (Swedish holidays and its non-working eves). */
  calendar(settings: AttendanceSettings): SwedishCalendar {
    return new SwedishCalendar({ nonWorkingHolidayEves: settings.nonWorkingEves });
  }
}
