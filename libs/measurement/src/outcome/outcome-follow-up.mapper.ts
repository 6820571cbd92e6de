import type { OutcomeFollowUpDto } from './dto/outcome-follow-up.dto';
import type { OutcomeFollowUpEntity } from './outcome-follow-up.entity';

export function outcomeFollowUpDto(f: OutcomeFollowUpEntity): OutcomeFollowUpDto {
  return {
    id: f.id,
    enrolmentId: f.enrolmentId,
    participantId: f.participantId,
    checkpointMonths: f.checkpointMonths,
    status: f.status,
    source: f.source,
    observedOn: f.observedOn,
    note: f.note,
    subsidisedEmployment: f.subsidisedEmployment,
    subsidisedUntil: f.subsidisedUntil,
    current: f.supersededAt === null,
    supersedesId: f.supersedesId,
    correctionReason: f.correctionReason,
    recordedBy: f.recordedBy,
    recordedAt: f.recordedAt.toISOString(),
    supersededAt: f.supersededAt?.toISOString() ?? null,
    supersededBy: f.supersededBy,
    version: f.version,
  };
}
