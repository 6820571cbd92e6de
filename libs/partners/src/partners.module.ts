import { Module, OnModuleInit } from '@nestjs/common';
import { PlansModule } from '@steg/plans';
import { SipsController } from './sip/sips.controller';
import { SipsService } from './sip/sips.service';
import { AccessModule } from '@steg/access';
import { AuditModule } from '@steg/audit';
import { InterventionsModule } from '@steg/interventions';
import { EnrolmentExitChecks, ReferralsModule } from '@steg/referrals';
import { WaitingListController } from './waiting-list/waiting-list.controller';
import { openWaitingListItems, WaitingListService } from './waiting-list/waiting-list.service';

/**
 * Cooperation (libs/partners): partners (samverkansparter), agreements (överenskommelser, LÖK, IOP),
 * partners' involvement in a case, waiting lists (kö) and SIP (samordnad individuell plan). Case data
 * goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [AccessModule, AuditModule, ReferralsModule, InterventionsModule, PlansModule],
  controllers: [SipsController, WaitingListController],
  providers: [SipsService, WaitingListService],
  exports: [SipsService, WaitingListService],
})
export class PartnersModule implements OnModuleInit {
  constructor(private readonly exitChecks: EnrolmentExitChecks) {}

  /**
   * An open waiting-list entry stops the enrolment's exit (409 ENROLMENT_HAS_OPEN_ITEMS lists it):
   * whether the person was placed or leaves the list, and why, is the coach's to record.
   */
  onModuleInit(): void {
    this.exitChecks.register('waiting_list', openWaitingListItems);
  }
}
