import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNER_TYPES } from '../../partners/domain/partner.types';
import { VERSION } from '../../partners/partner.access';
import { AGREEMENT_KINDS } from '../domain/agreement.types';
import { AGREEMENT_KIND_TERMS } from './agreement.dto';

export class AgreementPartyDto {
  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: PARTNER_TYPES })
  type: string;
}

export class AgreementGoalDto {
  @ApiProperty({ description: 'Mål' })
  description: string;

  @ApiProperty({ description: 'Uppföljning' })
  followUp: string;
}

export class AgreementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: AGREEMENT_KINDS, description: AGREEMENT_KIND_TERMS })
  kind: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: 'Syfte' })
  purpose: string;

  @ApiProperty({ type: [AgreementPartyDto], description: 'Parties (parter) besides the municipality' })
  parties: AgreementPartyDto[];

  @ApiProperty({ type: [AgreementGoalDto] })
  goals: AgreementGoalDto[];

  @ApiProperty({ description: 'Gäller från' })
  validFrom: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Gäller till och med; null = tills vidare',
  })
  validTo: string | null;

  @ApiProperty({ description: 'In force today (gäller idag)' })
  inForce: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Days left to validTo when it ends within 60 days (0 on the last day); else null',
  })
  expiresInDays: number | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Diarienummer or document link' })
  documentReference: string | null;

  @ApiProperty({ format: 'uuid', description: 'Ansvarig' })
  responsibleUserId: string;

  @ApiProperty({ description: VERSION, example: 1 })
  version: number;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;
}

export class AgreementPageDto {
  @ApiProperty({ type: [AgreementDto] })
  items: AgreementDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}
