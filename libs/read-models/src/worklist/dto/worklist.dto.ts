import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WORK_ITEM_KINDS, WORK_ITEM_STATES } from '../domain/worklist.rules';

export class WorkItemPersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ description: 'True when protected identity hides the name' })
  masked: boolean;
}

/** What each kind of work item is, in the words users say (the OpenAPI description of `kind`). */
const WORK_ITEM_KIND_TERMS: Record<(typeof WORK_ITEM_KINDS)[number], string> = {
  follow_up: 'uppföljningsmöte',
  case_review: 'genomgång av ärende',
  plan_without_dated_goal: 'plan utan daterat mål',
  placement_ending: 'placering som slutar inom 14 dagar',
  report_back_unread: 'oläst återrapportering',
  referral_waiting: 'aktualisering som väntar på beslut',
  absence_dialogue: 'frånvarodialog som väntar på din del',
  attendance_month_unsigned: 'månad som inte är attesterad',
  attendance_unreported: 'schemalagda dagar utan närvarorapport (handledare)',
  attendance_report_unread: 'oläst närvarorapport (IFO)',
  enrolment_without_plan: 'inskrivning utan utvecklingsplan',
  sip_follow_up: 'SIP (samordnad individuell plan) vars uppföljningsdatum har passerat (samordnaren)',
  deviation: 'öppen avvikelse eller klagomål i en enhet du är chef för (detail: dess läge)',
  survey_due: 'brukaruppföljning att göra (placeringen har avslutats)',
  bip_assessment:
    'BIP-mätning (progressionsmätning) som är dags eller försenad (detail: baseline = nollmätning, last_assessment = uppföljande mätning)',
  waiting_list: 'person i kö till en full insats (detail: prioritet, plats i kön, väntade dagar)',
  agreement_expiring: 'överenskommelse du är ansvarig för som upphör inom 60 dagar',
  outcome_follow_up: 'uppföljning efter avslut (1, 6, 12 månader)',
  subsidised_period_ending:
    'subventionerad period (utvecklingsår) slutar inom 60 dagar utan planerat nästa steg',
};

export class WorkItemDto {
  @ApiProperty({
    enum: WORK_ITEM_KINDS,
    description: Object.entries(WORK_ITEM_KIND_TERMS)
      .map(([kind, term]) => `${kind} = ${term}`)
      .join(', '),
  })
  kind: string;

  @ApiProperty({ enum: WORK_ITEM_STATES })
  state: string;

  @ApiProperty({ description: 'When it became or becomes due (for waiting and unread items: since when)' })
  dueOn: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null for an item about no person',
  })
  participantId: string | null;

  @ApiProperty({ type: WorkItemPersonDto, nullable: true, description: 'Null for an item about no person' })
  participant: WorkItemPersonDto | null;

  @ApiProperty({
    enum: [
      'enrolment',
      'participant',
      'plan',
      'placement',
      'report_back',
      'referral',
      'absence_dialogue',
      'attendance_month',
      'agreement',
    ],
  })
  resourceType: string;

  @ApiProperty({ format: 'uuid' })
  resourceId: string;

  @ApiProperty({ description: 'The API path to open the resource' })
  href: string;

  @ApiPropertyOptional({
    description:
      'What waits: the dialogue parts whose turn is yours (ame_account, participant_explanation; ' +
      'ifo_assessment and decision only once AME has written its account), the month, or the unreported ' +
      'days (YYYY-MM-DD, comma-separated)',
  })
  detail?: string;
}

export class WorklistDto {
  @ApiProperty({ description: 'The day the list was computed for (Europe/Stockholm)' })
  today: string;

  @ApiProperty({ type: [WorkItemDto], description: 'Overdue first, then due, then the rest; oldest first' })
  items: WorkItemDto[];
}
