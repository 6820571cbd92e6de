import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditAnchorLogger, AuditAnchorService } from './audit-anchor.service';
import { AuditVerificationService } from './audit-verification.service';
import { AuditReviewController } from './review/audit-review.controller';
import { AuditReviewService } from './review/audit-review.service';

@Module({
  controllers: [AuditReviewController],
  providers: [AuditService, AuditReviewService, AuditVerificationService, AuditAnchorService],
  exports: [AuditService, AuditVerificationService, AuditAnchorService],
})
export class AuditModule {}

/**
 * The API's periodic anchor in its log. A module of its own so that only the API mounts it: the CLI
 * shares AuditModule but must not start a timer.
 */
@Module({
  imports: [AuditModule],
  providers: [AuditAnchorLogger],
})
export class AuditAnchorLogModule {}
