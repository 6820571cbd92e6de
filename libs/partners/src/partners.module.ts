import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { PlansModule } from '@steg/plans';
import { AgreementReferences, EnrolmentExitChecks, ReferralsModule } from '@steg/referrals';
import { AgreementsController } from './agreements/agreements.controller';
import { AgreementsService } from './agreements/agreements.service';
import { PartnerInvolvementsController } from './involvements/partner-involvements.controller';
import { PartnerInvolvementsService } from './involvements/partner-involvements.service';
import { PartnersController } from './partners/partners.controller';
import { PartnersService } from './partners/partners.service';
import { SipsController } from './sip/sips.controller';
import { SipsService } from './sip/sips.service';
import { WaitingListController } from './waiting-list/waiting-list.controller';
import { openWaitingListItems, WaitingListService } from './waiting-list/waiting-list.service';

/**
 * Cooperation (libs/partners): partners (samverkansparter), agreements (överenskommelser, LÖK, IOP),
 * partners' involvement in a case, waiting lists (kö) and SIP (samordnad individuell plan). Case data
 * goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [AccessModule, AuditModule, ReferralsModule, InterventionsModule, PlansModule],
  controllers: [
    PartnersController,
    AgreementsController,
    PartnerInvolvementsController,
    SipsController,
    WaitingListController,
  ],
  providers: [
    PartnersService,
    AgreementsService,
    PartnerInvolvementsService,
    SipsService,
    WaitingListService,
  ],
  exports: [PartnersService, AgreementsService, PartnerInvolvementsService, SipsService, WaitingListService],
})
export class PartnersModule implements OnModuleInit {
  constructor(
    private readonly agreementReferences: AgreementReferences,
    private readonly agreements: AgreementsService,
    private readonly exitChecks: EnrolmentExitChecks,
  ) {}

  /**
   * Referrals, intervention instances and placements name the agreement they run under; those
   * contexts sit below this one, so the lookup is registered with them here (AgreementReferences).
   * An open waiting-list entry stops the enrolment's exit (409 ENROLMENT_HAS_OPEN_ITEMS lists it):
   * whether the person was placed or leaves the list, and why, is the coach's to record.
   */
  onModuleInit(): void {
    this.agreementReferences.register((manager, municipalityId, agreementId) =>
      this.agreements.isKnown(manager, municipalityId, agreementId),
    );
    this.exitChecks.register('waiting_list', openWaitingListItems);
  }
}
