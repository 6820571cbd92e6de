import type { SipContent } from './domain/sip.types';
import type {
  SipContentResponseDto,
  SipDto,
  SipHistoryItemDto,
  SipMeetingDto,
  SipSummaryDto,
  SipVersionDto,
} from './dto/sip-response.dto';
import type { SipEntity, SipMeetingEntity, SipVersionEntity } from './sip.entity';

/** Entities → response DTOs: the fields the case view shows, nothing more. */
export const sipMapper = {
  summary(sip: SipEntity): SipSummaryDto {
    return {
      id: sip.id,
      participantId: sip.participantId,
      status: sip.status,
      coordinatorId: sip.coordinatorId,
      followUpOn: sip.followUpOn,
      activatedOn: sip.activatedOn,
      activatedBy: sip.activatedBy,
      closedOn: sip.closedOn,
      closeReason: sip.closeReason,
      closeNote: sip.closeNote,
      closedBy: sip.closedBy,
      versionNo: sip.currentVersion,
      version: sip.version,
      createdAt: sip.createdAt.toISOString(),
    };
  },

  sip(
    sip: SipEntity,
    current: SipVersionEntity,
    history: readonly SipVersionEntity[],
    meetings: readonly SipMeetingEntity[],
  ): SipDto {
    return {
      ...sipMapper.summary(sip),
      content: sipMapper.content(current.content),
      meetings: meetings.map((m) => sipMapper.meeting(m)),
      history: history.map((v) => sipMapper.historyItem(v)),
    };
  },

  content(content: SipContent): SipContentResponseDto {
    return {
      consent: content.consent && { ...content.consent },
      unitIds: [...content.unitIds],
      externalParties: content.externalParties.map((p) => ({ ...p })),
      relatives: content.relatives.map((r) => ({ ...r })),
      needs: content.needs.map((n) => ({ ...n })),
      measures: content.measures.map((m) => ({ ...m })),
      leadParty: content.leadParty,
      followUpOn: content.followUpOn,
      planId: content.planId,
    };
  },

  historyItem(v: SipVersionEntity): SipHistoryItemDto {
    return {
      versionNo: v.versionNo,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      changeSummary: v.changeSummary,
      changedFields: v.changedFields,
    };
  },

  version(v: SipVersionEntity): SipVersionDto {
    return { ...sipMapper.historyItem(v), sipId: v.sipId, content: sipMapper.content(v.content) };
  },

  meeting(m: SipMeetingEntity): SipMeetingDto {
    return {
      id: m.id,
      heldOn: m.heldOn,
      participantAttended: m.participantAttended,
      attendees: m.attendees,
      versionNo: m.versionNo,
      notes: m.notes,
      recordedBy: m.recordedBy,
      recordedAt: m.recordedAt.toISOString(),
    };
  },
};
