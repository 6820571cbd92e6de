import { readFile } from 'node:fs/promises';
import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import {
  AuditAnchor,
  AuditAnchorService,
  AuditVerificationService,
  ChainVerification,
  newestAnchor,
  parseAnchors,
  Rewind,
} from '@steg/audit';
import { StegConfig } from '@steg/config';
import { uuidOption } from './options';

function summary(result: ChainVerification): string[] {
  if (result.breakCount === 0) return [`${result.municipalityId}  intact  ${result.events} events`];
  const lines = [
    `${result.municipalityId}  BROKEN  ${result.breakCount} broken link(s) in ${result.events} events`,
    ...result.breaks.map((b) => `  chain ${b.chain} seq ${b.seq}  ${b.reason}`),
  ];
  const unlisted = result.breakCount - result.breaks.length;
  if (unlisted > 0) lines.push(`  … and ${unlisted} more`);
  return lines;
}

function rewound(r: Rewind): string {
  return `${r.municipalityId}  REWOUND  chain ${r.chain}: anchored at seq ${r.anchorSeq}, head now at seq ${r.headSeq} (${r.reason})`;
}

@SubCommand({
  name: 'verify',
  description:
    "Check each municipality's audit hash chains and chain heads, and with --anchor that nothing the anchor saw was removed; exits with 1 when anything is broken",
})
export class AuditVerifyCommand extends CommandRunner {
  constructor(
    private readonly verification: AuditVerificationService,
    private readonly anchors: AuditAnchorService,
  ) {
    super();
  }

  async run(_params: string[], options: { municipality?: string; anchor?: string }): Promise<void> {
    // Read the anchor file first: a bad path or a forged anchor is refused before any work is done.
    const anchor = options.anchor === undefined ? undefined : await this.trustedAnchor(options.anchor);
    if (anchor === null) {
      process.exitCode = 1;
      return;
    }

    const results = await this.verification.verify({ municipalityId: options.municipality });
    if (results.length === 0) console.log('No audit events to verify.');
    for (const result of results) for (const line of summary(result)) console.log(line);
    const broken = results.filter((r) => r.breakCount > 0);
    if (broken.length > 0) {
      const links = broken.reduce((n, r) => n + r.breakCount, 0);
      console.error(
        `${links} broken link(s) in ${broken.length} of ${results.length} municipality log(s): the log has been altered.`,
      );
      process.exitCode = 1;
    }

    if (anchor) {
      const mine = (m: string) => options.municipality === undefined || m === options.municipality;
      const rewinds = (await this.anchors.check(anchor)).rewinds.filter((r) => mine(r.municipalityId));
      for (const r of rewinds) console.log(rewound(r));
      if (rewinds.length > 0) {
        console.error(
          `${rewinds.length} chain(s) behind the anchor of ${anchor.takenAt}: events it saw were removed or rewritten.`,
        );
        process.exitCode = 1;
      } else {
        const heads = anchor.heads.filter((h) => mine(h.municipalityId)).length;
        console.log(`Anchor of ${anchor.takenAt}: every anchored chain still reaches it (${heads} heads).`);
      }
    }
  }

  /**
   * The newest anchor of the file, once every anchor in it has a valid MAC; null (after saying why)
   * when the file holds none or any is forged: one forged line makes the whole file suspect.
   */
  private async trustedAnchor(path: string): Promise<AuditAnchor | null> {
    const all = parseAnchors(await readFile(path, 'utf8'), path);
    if (all.length === 0) {
      console.error(`${path}: no audit anchor found.`);
      return null;
    }
    const forged = all.filter((a) => !this.anchors.isGenuine(a));
    if (forged.length > 0) {
      for (const a of forged) {
        console.error(
          `REFUSED: the anchor of ${a.takenAt} in ${path} has an invalid MAC: forged, altered, or made with another AUDIT_ANCHOR_KEY.`,
        );
      }
      return null;
    }
    return newestAnchor(all) ?? null;
  }

  @Option({ flags: '--municipality <uuid>', description: 'verify only this municipality' })
  parseMunicipality(value: string): string {
    return uuidOption('--municipality', 'a municipality', value);
  }

  @Option({
    flags: '--anchor <file>',
    description:
      'a file of anchors (`steg audit anchor` lines or API log lines): all must be genuine, the newest is checked',
  })
  parseAnchor(value: string): string {
    return value;
  }
}

@SubCommand({
  name: 'anchor',
  description:
    'Print the current head of every audit chain as one signed JSON line (HMAC-SHA256 with AUDIT_ANCHOR_KEY), to keep outside the database',
})
export class AuditAnchorCommand extends CommandRunner {
  constructor(
    private readonly anchors: AuditAnchorService,
    @Inject(StegConfig) private readonly config: StegConfig,
  ) {
    super();
  }

  async run(): Promise<void> {
    if (this.config.auditAnchorKeyIsDevelopment) {
      console.error('Warning: AUDIT_ANCHOR_KEY is not set; signed with the public development key.');
    }
    console.log(JSON.stringify(await this.anchors.take()));
  }
}

@Command({
  name: 'audit',
  description: 'Audit log: verify the hash chains, anchor their heads',
  subCommands: [AuditVerifyCommand, AuditAnchorCommand],
})
export class AuditCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
