/**
 * Day codes (REFERENCE.md "Attendance day codes"): närvarande (with minutes), sjuk, vård av barn,
 * beviljad ledighet, ogiltig frånvaro, ej planerad dag. "Ej rapporterad" is never stored: it is the
 * absence of an entry for a scheduled day that has passed.
 */
export const ATTENDANCE_CODES = [
  'present',
  'sick',
  'sick_child',
  'approved_absence',
  'unexcused_absence',
  'not_scheduled',
] as const;
export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

/** Through what an entry was reported. */
export const REPORT_CHANNELS = ['web', 'api', 'import'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export const MONTH_STATUSES = ['open', 'signed'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

/** How the participant's own explanation was obtained (kommunicering). */
export const EXPLANATION_CHANNELS = ['meeting', 'phone', 'letter', 'digital', 'failed_attempt'] as const;
export type ExplanationChannel = (typeof EXPLANATION_CHANNELS)[number];

export const DIALOGUE_STATUSES = ['open', 'decided'] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];

/** IFO's decision after the dialogue: never automatic, never by the reporter or the coach. */
export const DECISION_KINDS = ['no_action', 'warning', 'deduction'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
