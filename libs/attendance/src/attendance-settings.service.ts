import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SwedishCalendar } from '@steg/interventions';
import { AttendanceSettingsEntity } from './attendance.entity';

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
    const row = await manager.findOne(AttendanceSettingsEntity, { where: { municipalityId } });
    if (!row)
      return {
        ...DEFAULT_ATTENDANCE_SETTINGS,
        nonWorkingEves: [...DEFAULT_ATTENDANCE_SETTINGS.nonWorkingEves],
      };
    return {
      backReportDays: row.backReportDays,
      unexcusedThresholdDays: row.unexcusedThresholdDays,
      dialogueDeadlineWorkingDays: row.dialogueDeadlineWorkingDays,
      signOffDueWorkingDays: row.signOffDueWorkingDays,
      nonWorkingEves: row.nonWorkingEves,
    };
  }

  /** The working-day calendar of a municipality (Swedish holidays and its non-working eves). */
  calendar(settings: AttendanceSettings): SwedishCalendar {
    return new SwedishCalendar({ nonWorkingHolidayEves: settings.nonWorkingEves });
  }
}
