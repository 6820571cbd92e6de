import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@steg/kernel';
import { AbsenceDialogueEntity, AttendanceEntryEntity } from './attendance.entity';
import { AttendanceSettings, AttendanceSettingsService } from './attendance-settings.service';
import { addWorkingDays, dialogueShouldOpen, monthBounds } from './domain/working-days.rules';

/**
 * Opens the absence dialogue for a participant and month when unexcused absence reaches the
 * municipality's threshold. It only opens the dialogue: it never changes, proposes or computes a
 * benefit amount (seed 002: absence must not cut the benefit by itself). Called in the transaction
 * of every attendance write.
 */
@Injectable()
export class AbsenceDialogueOpener {
  constructor(
    private readonly settings: AttendanceSettingsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Evaluates several participant-months with one settings read and one count query. */
  async evaluateMonths(
    manager: EntityManager,
    municipalityId: string,
    months: { participantId: string; month: string }[],
  ): Promise<string[]> {
    const unique = [...new Map(months.map((m) => [`${m.participantId}|${m.month}`, m])).values()];
    if (unique.length === 0) return [];
    const settings = await this.settings.forMunicipality(municipalityId, manager);
    const counts = await manager.query<{ participant_id: string; month: string; days: number }[]>(
      `SELECT a.participant_id, to_char(a.day, 'YYYY-MM') AS month, count(DISTINCT a.day)::int AS days
         FROM attendance_entries a
         JOIN unnest($1::uuid[], $2::text[]) AS m(participant_id, month)
           ON a.participant_id = m.participant_id AND to_char(a.day, 'YYYY-MM') = m.month
        WHERE a.code = 'unexcused_absence'
        GROUP BY 1, 2`,
      [unique.map((m) => m.participantId), unique.map((m) => m.month)],
    );
    const opened: string[] = [];
    for (const row of counts) {
      if (!dialogueShouldOpen(row.days, settings.unexcusedThresholdDays)) continue;
      const id = await this.open(manager, municipalityId, row.participant_id, row.month, row.days, settings);
      if (id !== null) opened.push(id);
    }
    return opened;
  }

  /** Returns the dialogue id when one was opened now. */
  async evaluateMonth(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
  ): Promise<string | null> {
    const { first, last } = monthBounds(month);
    const [{ days }] = (await manager
      .getRepository(AttendanceEntryEntity)
      .createQueryBuilder('a')
      .select('count(DISTINCT a.day)::int', 'days')
      .where(`a.participant_id = :participantId AND a.code = 'unexcused_absence'`, { participantId })
      .andWhere('a.day BETWEEN :first AND :last', { first, last })
      .getRawMany<{ days: number }>()) as [{ days: number }];
    const settings = await this.settings.forMunicipality(municipalityId, manager);
    if (!dialogueShouldOpen(days, settings.unexcusedThresholdDays)) return null;
    return this.open(manager, municipalityId, participantId, month, days, settings);
  }

  private async open(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    month: string,
    days: number,
    settings: AttendanceSettings,
  ): Promise<string | null> {
    const today = this.clock.today();
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AbsenceDialogueEntity)
      .values({
        municipalityId,
        participantId,
        month,
        status: 'open',
        openedAt: this.clock.now(),
        unexcusedDaysAtOpening: days,
        deadline: addWorkingDays(
          today,
          settings.dialogueDeadlineWorkingDays,
          this.settings.calendar(settings),
        ),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }
}
