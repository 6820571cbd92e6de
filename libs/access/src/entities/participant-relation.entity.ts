import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const RELATION_KINDS = ['registered', 'referral', 'enrolment', 'placement', 'supervision'] as const;
/**
 * Why a unit (or a supervisor) has a participant on its desk. Later contexts add kinds here; the
 * access policy reads only this table.
 */
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * The access policy's extension point: a unit's (or, for `supervision`, one user's) relation to a
 * participant, open from `startedOn` until `endedOn`. A caseworker or coach sees a participant while
 * one of their units has an open relation and for 90 days after it closes.
 */
@Entity('participant_relations')
@Index('ix_participant_relations_participant', ['municipalityId', 'participantId'])
@Index('ix_participant_relations_unit', ['unitId', 'participantId'])
@Index('ix_participant_relations_user', ['userId', 'participantId'])
@Index('uq_participant_relations_source', ['kind', 'sourceId'], {
  unique: true,
  where: 'source_id IS NOT NULL',
})
@Check(
  'ck_participant_relations_kind',
  `kind IN ('registered', 'referral', 'enrolment', 'placement', 'supervision')`,
)
@Check('ck_participant_relations_holder', `(unit_id IS NOT NULL) OR (user_id IS NOT NULL)`)
@Check('ck_participant_relations_dates', `ended_on IS NULL OR ended_on >= started_on`)
export class ParticipantRelationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  municipalityId: string;

  /** No foreign key: participants depend on access, not the other way round; services write these rows. */
  @Column('uuid')
  participantId: string;

  @Column('uuid', { nullable: true })
  unitId: string | null;

  /** Set for `supervision`: the supervisor who sees the limited view. */
  @Column('uuid', { nullable: true })
  userId: string | null;

  @Column('varchar', { length: 16 })
  kind: RelationKind;

  /** The referral, enrolment or placement that created the relation. */
  @Column('uuid', { nullable: true })
  sourceId: string | null;

  @Column('date')
  startedOn: string;

  @Column('date', { nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
