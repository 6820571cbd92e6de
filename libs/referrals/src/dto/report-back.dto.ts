import { ApiProperty } from '@nestjs/swagger';

import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';

import { PageQuery } from '@steg/http';

import { REPORT_BACK_KINDS, type ReportBackKind } from '../domain/referral.types';

export const REPORT_BACK_KIND_DESCRIPTION =
  'progress (lägesrapport), attendance_concern (oro kring närvaro), other_support_may_apply ' +
  '(kan ha rätt till annan ersättning än försörjningsstöd), planned_exit (planerat avslut), other (övrigt)';

/** Återrapportering från AME till IFO. */
export class CreateReportBackDto {
  @ApiProperty({ enum: REPORT_BACK_KINDS, description: REPORT_BACK_KIND_DESCRIPTION })
  @IsIn(REPORT_BACK_KINDS)
  kind: ReportBackKind;

  @ApiProperty({ description: 'The message to the IFO caseworker (meddelande)', maxLength: 4000 })
  // class-validator runs these bottom-up; with stopAtFirstError the most basic rule is reported.
  @Matches(/\S/, { message: 'message must not be blank' })
  @Length(1, 4000)
  @IsString()
  message: string;
}

export class ParticipantReportBacksQuery extends PageQuery {
  @ApiProperty({ format: 'uuid', description: 'The participant whose report-backs to list' })
  @IsUUID()
  participantId: string;
}
