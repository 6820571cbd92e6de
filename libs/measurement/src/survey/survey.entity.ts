import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { QuestionKind, ResponseChannel, ResponseOutcome } from './domain/survey.rules';

/**
 * One question of a municipality's survey (brukaruppföljning): the standard Finsam items, copied in on
 * first use, and the municipality's own. Never edited — a trigger refuses a change of its wording,
 * kind or scale, so every stored answer keeps the question it answered; a question is deactivated
 * instead, and a new one added.
 */
@Entity('survey_questions')
@Index('uq_survey_questions_standard', ['municipalityId', 'standardKey'], {
  unique: true,
  where: 'standard_key IS NOT NULL',
})
@Index('ix_survey_questions_municipality', ['municipalityId', 'position'])
@Check('ck_survey_questions_kind', `kind IN ('scale', 'free_text')`)
@Check(
  'ck_survey_questions_scale',
  `(kind = 'scale' AND scale_min IS NOT NULL AND scale_max IS NOT NULL AND scale_min >= 0 AND scale_max <= 10 AND scale_min < scale_max)
   OR (kind = 'free_text' AND scale_min IS NULL AND scale_max IS NULL AND low_label IS NULL AND high_label IS NULL)`,
)
@Check('ck_survey_questions_deactivated', `active = (deactivated_at IS NULL)`)
export class SurveyQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('municipalities', { onDelete: 'RESTRICT' })
  @Column('uuid')
  municipalityId: string;

  /** The standard item this row is (finsam_60 … finsam_69, free_text); null for the municipality's own. */
  @Column('varchar', { length: 24, nullable: true })
  standardKey: string | null;

  /** The Kolada key figure the item feeds (U40460–U40469), if any. */
  @Column('varchar', { length: 8, nullable: true })
  koladaId: string | null;

  @Column('text')
  text: string;

  @Column('varchar', { length: 12 })
  kind: QuestionKind;

  @Column('smallint', { nullable: true })
  scaleMin: number | null;

  @Column('smallint', { nullable: true })
  scaleMax: number | null;

  @Column('text', { nullable: true })
  lowLabel: string | null;

  @Column('text', { nullable: true })
  highLabel: string | null;

  @Column('integer')
  position: number;

  @Column('boolean', { default: true })
  active: boolean;

  /** Who added it; null for a standard item. */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  deactivatedBy: string | null;

  @VersionColumn()
  version: number;
}

/**
 * A one-time link to a placement's survey, sent to the participant. Only the SHA-256 of its random
 * token is stored (the token is shown once, to the coach who made it); it works until it expires, once.
 */
@Entity('survey_links')
@Index('uq_survey_links_token_hash', ['tokenHash'], { unique: true })
@Index('ix_survey_links_placement', ['placementId'])
@Check('ck_survey_links_expiry', `expires_at > created_at`)
export class SurveyLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @ForeignKey('placements', { onDelete: 'CASCADE' })
  @Column('uuid')
  placementId: string;

  /** Hex SHA-256 of the token. */
  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid')
  createdBy: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}

/**
 * The one response to a placement's survey: answered or declined, in a meeting (entered by the coach)
 * or through a one-time link (by the participant). Never changed: a trigger refuses UPDATE, and no
 * route edits it. The intervention type and instance are copied from the placement for the grouped
 * figures (a placement never changes instance).
 */
@Entity('survey_responses')
@Index('uq_survey_responses_placement', ['placementId'], { unique: true })
@Index('ix_survey_responses_type', ['municipalityId', 'interventionTypeId', 'placementEndedOn'])
@Index('ix_survey_responses_participant', ['participantId'])
@Check('ck_survey_responses_outcome', `outcome IN ('answered', 'declined')`)
@Check('ck_survey_responses_channel', `channel IN ('meeting', 'link')`)
@Check(
  'ck_survey_responses_recorded_by',
  `(channel = 'meeting' AND recorded_by IS NOT NULL AND link_id IS NULL) OR (channel = 'link' AND recorded_by IS NULL AND link_id IS NOT NULL)`,
)
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @ForeignKey('participants', { onDelete: 'CASCADE' })
  @Column('uuid')
  participantId: string;

  @ForeignKey('placements', { onDelete: 'CASCADE' })
  @Column('uuid')
  placementId: string;

  @ForeignKey('intervention_instances', { onDelete: 'RESTRICT' })
  @Column('uuid')
  instanceId: string;

  @ForeignKey('intervention_types', { onDelete: 'RESTRICT' })
  @Column('uuid')
  interventionTypeId: string;

  @Column('date')
  placementEndedOn: string;

  @Column('varchar', { length: 10 })
  outcome: ResponseOutcome;

  @Column('varchar', { length: 8 })
  channel: ResponseChannel;

  /** The coach who entered it in a meeting; null when the participant answered through a link. */
  @ForeignKey('staff_users', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  recordedBy: string | null;

  /** The link it came through, when it did. */
  @Column('uuid', { nullable: true })
  linkId: string | null;

  // Deleted only with the person or the placement, as the response is (never set to null: no UPDATE).
  @ManyToOne(() => SurveyLinkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id' })
  link?: SurveyLinkEntity;

  @Column('timestamptz')
  respondedAt: Date;
}

/** One answer of a response: a value on the question's scale, "vet inte", or text. Never changed. */
@Entity('survey_answers')
@Index('uq_survey_answers_question', ['responseId', 'questionId'], { unique: true })
@Index('ix_survey_answers_question', ['questionId'])
@Check(
  'ck_survey_answers_one_form',
  `num_nonnulls(value, text_value) + CASE WHEN dont_know THEN 1 ELSE 0 END = 1`,
)
export class SurveyAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  @Column('uuid')
  responseId: string;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponseEntity;

  @Column('uuid')
  questionId: string;

  @ManyToOne(() => SurveyQuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestionEntity;

  @Column('smallint', { nullable: true })
  value: number | null;

  @Column('boolean', { default: false })
  dontKnow: boolean;

  @Column('text', { nullable: true })
  textValue: string | null;
}
