import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@steg/kernel';
import { AbsenceDialogueEntity, AttendanceEntryEntity } from './attendance.entity';
import { AttendanceSettingsService } from './attendance-settings.service';
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
