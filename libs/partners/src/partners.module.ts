import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { AgreementReferences, ReferralsModule } from '@steg/referrals';
import { AgreementsController } from './agreements/agreements.controller';
import { AgreementsService } from './agreements/agreements.service';
import { PartnerInvolvementsController } from './involvements/partner-involvements.controller';
import { PartnerInvolvementsService } from './involvements/partner-involvements.service';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';

/**
 * Cooperation (libs/partners): partners (samverkansparter), agreements (överenskommelser, LÖK, IOP),
 * partners' involvement in a case, waiting lists (kö) and SIP (samordnad individuell plan). Case data
 * goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [AccessModule, AuditModule, ReferralsModule],
  controllers: [PartnersController, AgreementsController, PartnerInvolvementsController],
  providers: [PartnersService, AgreementsService, PartnerInvolvementsService],
  exports: [PartnersService, AgreementsService, PartnerInvolvementsService],
})
export class PartnersModule implements OnModuleInit {
  constructor(
    private readonly agreementReferences: AgreementReferences,
    private readonly agreements: AgreementsService,
  ) {}

  /**
   * Referrals, intervention instances and placements name the agreement they run under; those
   * contexts sit below this one, so the lookup is registered with them here (AgreementReferences).
   */
  onModuleInit(): void {
    this.agreementReferences.register((manager, municipalityId, agreementId) =>
      this.agreements.isKnown(manager, municipalityId, agreementId),
    );
  }
}
