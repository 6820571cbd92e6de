import type { AssistancePeriodEntity } from './assistance-period.entity';
import type { AssistancePeriodDto } from './dto/assistance-period.dto';

export function assistancePeriodDto(p: AssistancePeriodEntity): AssistancePeriodDto {
  return {
    id: p.id,
    participantId: p.participantId,
    fromDate: p.fromDate,
    toDate: p.toDate,
    householdRole: p.householdRole,
    origin: p.origin,
    current: p.supersededAt === null,
    supersedesId: p.supersedesId,
    correctionReason: p.correctionReason,
    recordedBy: p.recordedBy,
    recordedAt: p.recordedAt.toISOString(),
    supersededAt: p.supersededAt?.toISOString() ?? null,
    supersededBy: p.supersededBy,
    version: p.version,
  };
}
