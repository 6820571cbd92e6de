import type { Principal } from '@steg/http';
import { mayHandleDeviation } from '@steg/access';
import { allowedDeviationActions } from './domain/deviation.rules';
import { DeviationEntity, DeviationTransitionEntity } from './deviation.entity';
import { DeviationDto, DeviationSummaryItemDto } from './dto/deviation-response.dto';

export const deviationMapper = {
  toDto(
    d: DeviationEntity,
    transitions: readonly DeviationTransitionEntity[],
    principal: Principal,
  ): DeviationDto {
    return {
      ...deviationMapper.item(d),
      complainantKind: d.complainantKind,
      complainantName: d.complainantName,
      description: d.description,
      reportedAt: d.reportedAt.toISOString(),
      analysis: d.analysis,
      measures: d.measures,
      closedBy: d.closedBy,
      closedAt: d.closedAt?.toISOString() ?? null,
      transitions: transitions.map((t) => ({
        fromState: t.fromState,
        toState: t.toState,
        by: t.byUserId,
        at: t.at.toISOString(),
      })),
      allowedActions: mayHandleDeviation(principal, d.unitId) ? allowedDeviationActions(d.state) : [],
    };
  },

  item(d: DeviationEntity): DeviationSummaryItemDto {
    return {
      id: d.id,
      kind: d.kind,
      unitId: d.unitId,
      participantId: d.participantId,
      category: d.category,
      severity: d.severity,
      state: d.state,
      occurredOn: d.occurredOn,
      reportedOn: d.reportedOn,
      reportedBy: d.reportedBy,
      version: d.version,
    };
  },
};
