import { ApiProperty } from '@nestjs/swagger';
import { SurveyResultGroupDto } from '@steg/measurement';
import { LocalisedTextDto, ReportingPeriodDto } from './kolada.dto';

export class CellDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The value; null when suppressed or undefined (0 / 0)',
  })
  value: number | null;

  @ApiProperty({ description: 'True when the value describes, or would give away, fewer than five people' })
  suppressed: boolean;
}

export class ExitCellsDto {
  @ApiProperty({ type: CellDto, description: 'A: börjat arbeta' })
  A: CellDto;

  @ApiProperty({ type: CellDto, description: 'B: börjat studera' })
  B: CellDto;

  @ApiProperty({ type: CellDto, description: 'C: överförts till annan myndighet' })
  C: CellDto;

  @ApiProperty({ type: CellDto, description: 'D: slutfört uppdrag' })
  D: CellDto;

  @ApiProperty({ type: CellDto, description: 'E: övrigt' })
  E: CellDto;

  @ApiProperty({ type: CellDto, description: 'All exits' })
  total: CellDto;
}

export class InterventionFiguresDto {
  @ApiProperty({ type: CellDto, description: 'Deltagare (distinct people)' })
  participants: CellDto;

  @ApiProperty({ type: CellDto, description: 'Deltagardagar' })
  participantDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Days reported present' })
  presentDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Days reported, not counting not scheduled' })
  reportedDays: CellDto;

  @ApiProperty({ type: CellDto, description: 'Närvarograd (%), one decimal' })
  attendanceRate: CellDto;

  @ApiProperty({ type: ExitCellsDto, description: 'Avslut per kategori (A–E)' })
  exits: ExitCellsDto;

  @ApiProperty({ type: CellDto, description: 'Placements ended in the period' })
  endedPlacements: CellDto;

  @ApiProperty({
    type: CellDto,
    description: 'Arbete eller studier inom 90 dagar efter placeringens slut (%)',
  })
  workOrStudiesWithin90Days: CellDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Placements ended less than 90 days ago (the share may still grow); null when hidden',
  })
  openWindows: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Kostnad, uppskattning från budget (kr); null when costHidden (a cost per place actually used gives ' +
      'the participant-days back)',
  })
  costKr: number | null;

  @ApiProperty({
    description:
      'True when the cost, its parts per funder and the unit costs are hidden: an instance priced per place ' +
      'and month without a fixed number of places (cost = rate × participant-days ÷ 30.4375) whose ' +
      'participants are hidden, or a sum holding such an instance',
  })
  costHidden: boolean;

  @ApiProperty({ type: CellDto, description: 'Styckkostnad per deltagare (kr)' })
  costPerParticipantKr: CellDto;

  @ApiProperty({ type: CellDto, description: 'Kostnad per deltagardag (kr)' })
  costPerParticipantDayKr: CellDto;

  @ApiProperty({ type: CellDto, description: 'Kostnad per avslut till arbete eller studier (kr)' })
  costPerExitToWorkOrStudiesKr: CellDto;
}

export const FUNDER_KEYS = [
  'municipality',
  'finsam',
  'esf',
  'arbetsformedlingen',
  'other',
  'unallocated',
] as const;

export class FunderCostDto {
  @ApiProperty({
    enum: FUNDER_KEYS,
    description:
      'Funder type (finansiär: kommunen, Finsam, ESF, Arbetsförmedlingen, annan), or unallocated (ej fördelad): ' +
      'days no funding period in force covers',
  })
  funderType: (typeof FUNDER_KEYS)[number];

  @ApiProperty({
    description: 'The funder’s part of the cost estimate, in öre (the parts sum exactly to the cost)',
  })
  costOre: number;

  @ApiProperty({ description: 'The same in kronor, two decimals' })
  costKr: number;
}

export class FollowUpCheckpointDto {
  @ApiProperty({ enum: [6, 12], description: 'Checkpoint: months after the exit (uppföljning efter avslut)' })
  checkpointMonths: number;

  @ApiProperty({ type: CellDto, description: 'Follow-ups recorded at the checkpoint (the denominator)' })
  recorded: CellDto;

  @ApiProperty({ type: CellDto, description: 'I arbete eller studier vid uppföljningen (%), one decimal' })
  workOrStudiesShare: CellDto;
}

export class BipIndicatorChangeDto {
  @ApiProperty({ description: 'BIP indicator code' })
  indicatorCode: string;

  @ApiProperty({ description: 'Indikator (sv)' })
  labelSv: string;

  @ApiProperty({ description: 'Indicator (en)' })
  labelEn: string;

  @ApiProperty({
    type: CellDto,
    description: 'People with an assessment before and after a placement of the type',
  })
  people: CellDto;

  @ApiProperty({
    type: CellDto,
    description: 'Mean change in the indicator’s score (after − before), two decimals',
  })
  meanChange: CellDto;
}

export class InterventionInstanceFiguresDto extends InterventionFiguresDto {
  @ApiProperty({ format: 'uuid' })
  instanceId: string;

  @ApiProperty({ description: 'Insatstillfälle' })
  instanceName: string;

  @ApiProperty({ type: [FunderCostDto], description: 'The cost estimate per funder (per finansiär)' })
  costByFunder: FunderCostDto[];

  @ApiProperty({
    type: SurveyResultGroupDto,
    description:
      'Brukarundersökning: the instance’s group of GET /survey-results?groupBy=instance for the period',
  })
  survey: SurveyResultGroupDto;
}

export class InterventionTypeFiguresDto extends InterventionFiguresDto {
  @ApiProperty({ format: 'uuid' })
  typeId: string;

  @ApiProperty({ description: 'Insatstyp' })
  typeName: string;

  @ApiProperty({ description: 'The type’s category (arbetsträning, praktik, …)' })
  category: string;

  @ApiProperty({ type: [FunderCostDto], description: 'The cost estimate per funder (per finansiär)' })
  costByFunder: FunderCostDto[];

  @ApiProperty({
    type: [FollowUpCheckpointDto],
    description: 'Work or studies at the 6- and 12-month follow-ups after exit (uppföljning efter avslut)',
  })
  followUps: FollowUpCheckpointDto[];

  @ApiProperty({
    type: [BipIndicatorChangeDto],
    description: 'BIP change per indicator around the placements of the type that ended in the period',
  })
  bipChange: BipIndicatorChangeDto[];

  @ApiProperty({
    type: SurveyResultGroupDto,
    nullable: true,
    description:
      'Brukarundersökning: the type’s group of GET /survey-results?groupBy=type for the period; null when the ' +
      'report covers some units only (the survey groups cover the whole municipality: see the instances)',
  })
  survey: SurveyResultGroupDto | null;

  @ApiProperty({ type: [InterventionInstanceFiguresDto] })
  instances: InterventionInstanceFiguresDto[];
}

export class AgreementFiguresDto {
  @ApiProperty({ format: 'uuid' })
  agreementId: string;

  @ApiProperty({ description: 'Överenskommelsens namn' })
  title: string;

  @ApiProperty({
    description:
      'Kind: local_agreement (LÖK), cooperation_agreement, iop (IOP), work_training, finsam, other',
  })
  kind: string;

  @ApiProperty({ type: CellDto, description: 'Deltagare under överenskommelsen' })
  participants: CellDto;

  @ApiProperty({ type: CellDto, description: 'Deltagardagar under överenskommelsen' })
  participantDays: CellDto;

  @ApiProperty({ type: ExitCellsDto, description: 'Avslut per kategori (A–E)' })
  exits: ExitCellsDto;

  @ApiProperty({ type: CellDto, description: 'Avslut till arbete eller studier (A + B)' })
  exitsToWorkOrStudies: CellDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Kostnad, uppskattning, of the instances under the agreement (kr); null when costHidden',
  })
  costKr: number | null;

  @ApiProperty({
    description:
      'True when an instance under the agreement has its cost hidden (see InterventionFiguresDto.costHidden)',
  })
  costHidden: boolean;
}

export class InterventionDefinitionsDto {
  @ApiProperty({ type: LocalisedTextDto })
  participants: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  participantDays: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  attendanceRate: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  exits: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  workOrStudiesWithin90Days: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  cost: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  unitCost: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  costByFunder: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  agreements: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  followUps: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  bipChange: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  survey: LocalisedTextDto;
}

export class InterventionReportDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The unit asked for; null = all in scope',
  })
  unitId: string | null;

  @ApiProperty({ type: InterventionDefinitionsDto, description: 'The definition of every figure, sv and en' })
  definitions: InterventionDefinitionsDto;

  @ApiProperty({ type: LocalisedTextDto })
  suppressionRule: LocalisedTextDto;

  @ApiProperty({ type: [InterventionTypeFiguresDto] })
  types: InterventionTypeFiguresDto[];

  @ApiProperty({
    type: [FunderCostDto],
    description: 'The cost estimate of all types per funder (per finansiär); empty when costByFunderHidden',
  })
  costByFunder: FunderCostDto[];

  @ApiProperty({
    description:
      'True when costByFunder is hidden because an instance’s cost is hidden (costHidden): the sum would ' +
      'give it back',
  })
  costByFunderHidden: boolean;

  @ApiProperty({
    type: [AgreementFiguresDto],
    description: 'Per agreement (per överenskommelse: LÖK, IOP, Finsam …)',
  })
  agreements: AgreementFiguresDto[];
}
