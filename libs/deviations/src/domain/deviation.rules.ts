import { DomainError, type FieldViolation } from '@steg/kernel';
import type { DeviationAction, DeviationKind, DeviationState } from './deviation.types';

const TRANSITIONS: Record<DeviationState, Partial<Record<DeviationAction, DeviationState>>> = {
  reported: { investigate: 'under_investigation' },
  under_investigation: { decide_measures: 'measures_decided' },
  measures_decided: { close: 'closed' },
  closed: {},
};

const DONE: Record<DeviationAction, string> = {
  investigate: 'taken under investigation',
  decide_measures: 'given measures',
  close: 'closed',
};

/** 409: the state does not allow the action (no state is skipped, a closed deviation stays closed). */
export class InvalidDeviationTransitionError extends DomainError {
  constructor(state: DeviationState, action: DeviationAction) {
    super(
      'DEVIATION_INVALID_TRANSITION',
      'conflict',
      `A deviation that is ${state} cannot be ${DONE[action]}.`,
      {
        currentState: state,
        action,
        allowed: allowedDeviationActions(state),
      },
    );
  }
}

/** The state machine of a deviation: the next state, or a 409 naming the state and the action. */
export function nextDeviationState(state: DeviationState, action: DeviationAction): DeviationState {
  const next = TRANSITIONS[state][action];
  if (next === undefined) throw new InvalidDeviationTransitionError(state, action);
  return next;
}

export function allowedDeviationActions(state: DeviationState): DeviationAction[] {
  return Object.keys(TRANSITIONS[state]) as DeviationAction[];
}

/** Whether the deviation still waits for the manager (the work list shows the open ones). */
export function isOpenDeviation(state: DeviationState): boolean {
  return state !== 'closed';
}

/**
 * What a transition needs written: leaving the investigation needs the manager's analysis (analys)
 * and the measures decided (åtgärder); the others need nothing. Blank text counts as missing.
 */
export function transitionProblems(
  action: DeviationAction,
  input: { analysis?: string | null; measures?: string | null },
): FieldViolation[] {
  if (action !== 'decide_measures') return [];
  const problems: FieldViolation[] = [];
  if (blank(input.analysis)) {
    problems.push({
      field: 'analysis',
      rule: 'analysis.requiredToLeaveInvestigation',
      message: "the manager's analysis is required to leave under_investigation",
    });
  }
  if (blank(input.measures)) {
    problems.push({
      field: 'measures',
      rule: 'measures.required',
      message: 'the measures decided are required for measures_decided',
    });
  }
  return problems;
}

/**
 * The report's own rules beyond the DTO: the day it happened is not in the future; a complaint names
 * who complained (klagande), a deviation does not. A participant who complains is named through
 * participantId (so the case-data gate masks a protected identity and the person's audit trail shows
 * it), never by a free-text complainantName.
 */
export function reportProblems(
  report: {
    kind: DeviationKind;
    occurredOn: string;
    participantId?: string | null;
    complainantKind?: string | null;
    complainantName?: string | null;
  },
  today: string,
): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (report.occurredOn > today) {
    problems.push({
      field: 'occurredOn',
      rule: 'occurredOn.notFuture',
      message: 'must not be in the future',
    });
  }
  const hasComplainant = report.complainantKind !== undefined && report.complainantKind !== null;
  if (report.kind === 'complaint' && !hasComplainant) {
    problems.push({
      field: 'complainantKind',
      rule: 'complainantKind.requiredForComplaint',
      message: 'a complaint (klagomål) names who complained',
    });
  }
  if (report.kind === 'deviation' && hasComplainant) {
    problems.push({
      field: 'complainantKind',
      rule: 'complainantKind.onlyForComplaint',
      message: 'only a complaint (klagomål) has a complainant',
    });
  }
  if (report.kind === 'deviation' && !blank(report.complainantName)) {
    problems.push({
      field: 'complainantName',
      rule: 'complainantName.onlyForComplaint',
      message: 'only a complaint (klagomål) has a complainant',
    });
  }
  if (report.kind === 'complaint' && report.complainantKind === 'participant') {
    if (report.participantId === undefined || report.participantId === null) {
      problems.push({
        field: 'participantId',
        rule: 'participantId.requiredForParticipantComplaint',
        message: 'a complaint by a participant names the participant through participantId',
      });
    }
    if (report.complainantName !== undefined && report.complainantName !== null) {
      problems.push({
        field: 'complainantName',
        rule: 'complainantName.notForParticipant',
        message: 'a participant who complains is named through participantId, not by complainantName',
      });
    }
  }
  return problems;
}

function blank(text: string | null | undefined): boolean {
  return text === undefined || text === null || text.trim() === '';
}
