import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_BACK_KINDS, type ReportBackKind } from '../domain/referral.types';
import { REPORT_BACK_KIND_DESCRIPTION } from './report-back.dto';

/** Who the message is about; the name is masked for protected identity as everywhere else. */
export class ReportBackParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'True when the name is hidden (skyddade personuppgifter)' })
  masked: boolean;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;
}

export class ReportBackDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The enrolment (inskrivning) it is about' })
  enrolmentId: string;

  @ApiProperty({ type: ReportBackParticipantDto })
  participant: ReportBackParticipantDto;

  @ApiProperty({ enum: REPORT_BACK_KINDS, description: REPORT_BACK_KIND_DESCRIPTION })
  kind: ReportBackKind;

  @ApiProperty()
  message: string;

  @ApiProperty({ format: 'uuid', description: 'The AME coach or manager who wrote it' })
  fromUserId: string;

  @ApiProperty()
  fromDisplayName: string;

  @ApiProperty({ format: 'uuid', description: 'The IFO caseworker it was sent to' })
  toUserId: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ description: 'Read by the recipient (läst)' })
  read: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  readAt: string | null;
}

export class ReportBackPageDto {
  @ApiProperty({ type: [ReportBackDto] })
  items: ReportBackDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}
