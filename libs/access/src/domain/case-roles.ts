import type { Role } from '@steg/http';

/**
 * Who may do what with case data: the one list of role sets, used by the routes' `@Access` and by
 * the case-data gate (which narrows the caller to these roles before the relation policy decides).
 * A role set names an action on a kind of record, never a context's internals.
 */
export const CASE_ACCESS = {
  participants: {
    /** Read a person's record (the supervisor's limited view is decided by the relation policy). */
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager', 'supervisor'],
    /** Register and change participants, identifiers and consents (managers read). */
    edit: ['ifo_caseworker', 'ame_coach'],
  },
  referrals: {
    /**
     * Read a referral with its history: the case view of the person, or the receiving unit's reach
     * on a sent one (receivingUnitReach).
     */
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** The sending side (IFO, or AME referring on) sends, changes and withdraws. */
    referring: ['ifo_caseworker', 'ame_coach'],
    /** The receiving AME unit accepts and returns, and sees a sent referral before any relation. */
    receiving: ['ame_coach', 'unit_manager'],
    /** Who reads a unit's sent referrals (utkorg). */
    outbox: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** Report-backs (återrapportering) to IFO are written by AME staff of the enrolment's unit. */
    reportBack: ['ame_coach', 'unit_manager'],
    /** The IFO caseworker who follows the case receives report-backs and marks them read. */
    reportBackRecipient: ['ifo_caseworker'],
    /** A participant's report-backs are read with the case view of the person. */
    reportBackRead: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
  },
  enrolments: {
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** Changes and exits are for a coach or manager of the enrolment's AME unit. */
    edit: ['ame_coach', 'unit_manager'],
  },
  plans: {
    read: ['ame_coach', 'ifo_caseworker', 'unit_manager'],
    /** Plans and follow-up meetings are written with the participant by coach or caseworker. */
    edit: ['ame_coach', 'ifo_caseworker'],
    /** A case review (genomgång av ärende) is IFO's. */
    review: ['ifo_caseworker'],
  },
  sip: {
    /** A SIP (samordnad individuell plan) is read with the case view of the person, as plans are. */
    read: ['ame_coach', 'ifo_caseworker', 'unit_manager'],
    /** Coach and IFO caseworker write it with the participant; managers read; partners get no login. */
    edit: ['ame_coach', 'ifo_caseworker'],
  },
  placements: {
    /** Read one placement: the case view, or the supervisor's limited view of the ones they supervise. */
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager', 'supervisor'],
    /** A person's placements, listed: the case view only (supervisors have their own list). */
    list: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** The supervisor's own list of the placements they supervise, in the limited view. */
    supervised: ['supervisor'],
    /** Placing someone and changing a placement: AME's coach or manager of the enrolment's unit. */
    place: ['ame_coach', 'unit_manager'],
  },
  attendance: {
    /** Supervisors report; coaches and managers report on a supervisor's behalf. */
    report: ['supervisor', 'ame_coach', 'unit_manager'],
    /** Corrections of reported days are made by AME. */
    correct: ['ame_coach', 'unit_manager'],
    /** Read a placement's days and their history: the supervisor their own placements. */
    read: ['supervisor', 'ame_coach', 'unit_manager', 'ifo_caseworker'],
    /** The month's report to IFO (närvarorapport) is read by IFO and AME, never by the supervisor. */
    monthReport: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** The coach signs off (attest) a month and reopens it. */
    signOff: ['ame_coach'],
    /** The IFO caseworker following the case receives the signed reports and marks them read. */
    ifoReports: ['ifo_caseworker'],
  },
  dialogues: {
    /** Both parties of the absence dialogue (frånvarodialog) read it: IFO and AME, never the supervisor. */
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** AME's account (AME:s redogörelse). */
    ameAccount: ['ame_coach', 'unit_manager'],
    /** The participant's explanation (kommunicering), obtained by the coach or the IFO caseworker. */
    explanation: ['ame_coach', 'ifo_caseworker'],
    /** IFO's assessment (IFO:s bedömning). */
    assessment: ['ifo_caseworker'],
    /** IFO's decision: only an IFO caseworker, never the reporter (supervisor) or the coach. */
    decide: ['ifo_caseworker'],
  },
  deviations: {
    /** Anyone with a staff role in a unit reports a deviation (avvikelse) or registers a complaint (klagomål). */
    report: ['ifo_caseworker', 'ame_coach', 'supervisor', 'unit_manager'],
    /** Read: the reporter and the unit manager of the unit concerned (deviationReach). */
    read: ['ifo_caseworker', 'ame_coach', 'supervisor', 'unit_manager'],
    /** Investigation, measures and closure: the unit manager (enhetschef) of the unit concerned. */
    handle: ['unit_manager'],
  },
  surveys: {
    /** Where a placement's survey (brukaruppföljning) stands: never its answers, seen only aggregated. */
    read: ['ame_coach', 'unit_manager'],
    /** The coach enters the answers given in a meeting, records a decline, or sends a one-time link. */
    record: ['ame_coach'],
  },
  bip: {
    /** BIP assessments (progressionsmätning) and a person's progress: the case view, managers too. */
    read: ['ame_coach', 'ifo_caseworker', 'unit_manager'],
    /** Recorded with the participant by the coach or the IFO caseworker; managers read. */
    edit: ['ame_coach', 'ifo_caseworker'],
  },
  waitingList: {
    /** Read waiting-list entries (kö): the case view of the person. */
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    /** Put on, place from and remove from a waiting list: AME's coach or manager, as placing. */
    queue: ['ame_coach', 'unit_manager'],
  },
  partnerInvolvements: {
    /** Which partners take part in a person's enrolment (samverkan i ärendet): the case view. */
    read: ['ame_coach', 'ifo_caseworker', 'unit_manager'],
    /** Recorded and changed by those who plan with the person, as plans are. */
    edit: ['ame_coach', 'ifo_caseworker'],
  },
  outcomeFollowUps: {
    /** The follow-up after exit (uppföljning efter avslut) is read with the case view of the person. */
    read: ['ame_coach', 'ifo_caseworker', 'unit_manager'],
    /**
     * Recorded and corrected by AME: a coach or manager of the exited enrolment's unit, who keeps that
     * reach for the follow-ups after the relation has closed (exitFollowUpReach).
     */
    record: ['ame_coach', 'unit_manager'],
  },
  assistancePeriods: {
    /** Periods of försörjningsstöd: IFO records, AME reads (the basis for återaktualisering). */
    read: ['ifo_caseworker', 'ame_coach', 'unit_manager'],
    record: ['ifo_caseworker'],
  },
} as const satisfies Record<string, Record<string, readonly Role[]>>;
