import { Module } from '@nestjs/common';

/**
 * Cooperation (libs/partners): partners (samverkansparter), agreements (överenskommelser, LÖK, IOP),
 * partners' involvement in a case, waiting lists (kö) and SIP (samordnad individuell plan). Case data
 * goes through the case-data gate (CaseWork).
 */
@Module({
  imports: [],
  controllers: [],
  providers: [],
  exports: [],
})
export class PartnersModule {}
