import type { PartnerEntity } from '../partners/partner.entity';
import { expiryWarning, inForce } from './domain/agreement.rules';
import type { AgreementDto } from './dto/agreement-response.dto';
import type { AgreementEntity, AgreementGoalEntity } from './agreement.entity';

/** The only way agreement rows leave the service: entities in, response DTOs out. */
export const agreementMapper = {
  agreement(
    a: AgreementEntity,
    parties: readonly PartnerEntity[],
    goals: readonly AgreementGoalEntity[],
    today: string,
  ): AgreementDto {
    return {
      id: a.id,
      kind: a.kind,
      title: a.title,
      purpose: a.purpose,
      parties: parties.map((p) => ({ partnerId: p.id, name: p.name, type: p.type })),
      goals: goals.map((g) => ({ description: g.description, followUp: g.followUp })),
      validFrom: a.validFrom,
      validTo: a.validTo,
      inForce: inForce(a, today),
      expiresInDays: expiryWarning(a, today)?.daysLeft ?? null,
      documentReference: a.documentReference,
      responsibleUserId: a.responsibleUserId,
      version: a.version,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  },
};
