import { DataSource } from 'typeorm';
import type { FunderType } from '@steg/interventions';
import { InterventionFundingPeriodEntity, InterventionFundingShareEntity } from '@steg/interventions/schema';
import { WaitingListEntryEntity } from '@steg/partners/schema';

/** A funding period of an instance with its shares, written straight to the database. */
export async function givenFundingPeriod(
  ds: DataSource,
  period: {
    municipalityId: string;
    instanceId: string;
    recordedBy: string;
    validFrom?: string;
    validTo?: string | null;
    shares?: { funderType: FunderType; funderName?: string | null; basisPoints: number }[];
  },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(InterventionFundingPeriodEntity).save({
    municipalityId: period.municipalityId,
    instanceId: period.instanceId,
    validFrom: period.validFrom ?? '2026-01-05',
    validTo: period.validTo ?? null,
    recordedBy: period.recordedBy,
  });
  const shares = period.shares ?? [{ funderType: 'municipality' as const, basisPoints: 10_000 }];
  await ds.getRepository(InterventionFundingShareEntity).insert(
    shares.map((s, position) => ({
      municipalityId: period.municipalityId,
      periodId: saved.id,
      instanceId: period.instanceId,
      funderType: s.funderType,
      funderName: s.funderName ?? null,
      reference: null,
      basisPoints: s.basisPoints,
      position,
    })),
  );
  return { id: saved.id };
}

/** An open waiting-list entry (kö), written straight to the database (the instance's fullness unchecked). */
export async function givenWaitingListEntry(
  ds: DataSource,
  entry: {
    municipalityId: string;
    participantId: string;
    enrolmentId: string;
    instanceId: string;
    unitId: string;
    createdBy: string;
    priority?: number;
    waitingSince?: string;
    reason?: string;
  },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(WaitingListEntryEntity).save({
    municipalityId: entry.municipalityId,
    participantId: entry.participantId,
    enrolmentId: entry.enrolmentId,
    instanceId: entry.instanceId,
    unitId: entry.unitId,
    priority: entry.priority ?? 2,
    reason: entry.reason ?? 'Väntar på en plats',
    waitingSince: entry.waitingSince ?? '2026-03-02',
    createdBy: entry.createdBy,
    endedOn: null,
    outcome: null,
    waitingDays: null,
    placementId: null,
    closeReason: null,
    closedBy: null,
    closedAt: null,
  });
  return { id: saved.id };
}
