import { Between, type DataSource } from 'typeorm';
import type { Principal } from '@steg/http';
import { addDays } from '@steg/kernel';
import { AGREEMENT_EXPIRY_WARNING_DAYS, expiryWarning } from '@steg/partners';
import { AgreementEntity } from '@steg/partners/schema';
import type { WorkItem } from './domain/worklist.rules';

/**
 * Agreements (överenskommelser) the user is responsible for that end within 60 days
 * (expiryWarning of @steg/partners): from exactly 60 days before validTo through validTo itself, so
 * there is time to extend, renegotiate or wind down. Shown to the responsible person only — the one
 * named to follow the agreement up; an item about no person (participantId null).
 */
export async function agreementsExpiring(
  dataSource: DataSource,
  principal: Principal & { kind: 'user' },
  today: string,
): Promise<WorkItem[]> {
  const rows = await dataSource.getRepository(AgreementEntity).find({
    select: { id: true, title: true, validFrom: true, validTo: true },
    where: {
      municipalityId: principal.municipalityId,
      responsibleUserId: principal.userId,
      // The window narrows the rows read; the rule decides.
      validTo: Between(today, addDays(today, AGREEMENT_EXPIRY_WARNING_DAYS)),
    },
  });
  return rows.flatMap((a) => {
    const warning = expiryWarning(a, today);
    if (warning === null) return [];
    return [
      {
        kind: 'agreement_expiring' as const,
        state: 'ending' as const,
        dueOn: warning.validTo,
        participantId: null,
        resourceType: 'agreement',
        resourceId: a.id,
        href: `/api/v1/agreements/${a.id}`,
        detail: a.title,
      },
    ];
  });
}
