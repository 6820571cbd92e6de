import type { PartnerContactDto, PartnerDto } from './dto/partner-response.dto';
import type { PartnerContactEntity, PartnerEntity } from './partner.entity';

/** The only way partner rows leave the service: entities in, response DTOs out. */
export const partnerMapper = {
  partner(p: PartnerEntity, contacts: readonly PartnerContactEntity[]): PartnerDto {
    return {
      id: p.id,
      type: p.type,
      name: p.name,
      organisationNumber: p.organisationNumber,
      active: p.active,
      contacts: contacts.map((c) => partnerMapper.contact(c)),
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  },

  contact(c: PartnerContactEntity): PartnerContactDto {
    return {
      id: c.id,
      partnerId: c.partnerId,
      name: c.name,
      role: c.role,
      email: c.email,
      phone: c.phone,
      active: c.active,
      version: c.version,
    };
  },
};
