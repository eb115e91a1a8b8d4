import {
  type Account,
  type AdminUser,
  type ApiErrorBody,
  type AuditEvent,
  type Invitation,
  type InvitationPreview,
  type Municipality,
  type MunicipalityDetail,
  type MunicipalityPartner,
  type MunicipalitySummary,
  type Page,
  type Partnership,
  type SessionInfo,
} from '@twinning/contracts';

let sequence = 0;

/** A stable, valid UUID per call, so links and keys differ between built towns. */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export function buildMunicipalitySummary(overrides: Partial<MunicipalitySummary> = {}): MunicipalitySummary {
  return {
    id: nextId(),
    nameLocal: 'Köln',
    nameEn: 'Cologne',
    country: 'DE',
    region: 'Nordrhein-Westfalen',
    kind: 'metropolitan',
    population: 1_084_831,
    ...overrides,
  };
}

export function buildMunicipalityPartner(overrides: Partial<MunicipalityPartner> = {}): MunicipalityPartner {
  return {
    partnershipId: nextId(),
    sinceYear: 1997,
    status: 'active',
    programme: 'Turkey–EU Town Twinning',
    description: 'Joint work on waste separation and youth exchanges.',
    municipality: buildMunicipalitySummary(),
    ...overrides,
  };
}

export function buildMunicipalityDetail(overrides: Partial<MunicipalityDetail> = {}): MunicipalityDetail {
  return {
    ...buildMunicipalitySummary({
      nameLocal: 'İstanbul',
      nameEn: 'Istanbul',
      country: 'TR',
      region: 'Marmara',
      population: 15_655_924,
    }),
    populationYear: 2023,
    latitude: 41.0082,
    longitude: 28.9784,
    website: 'https://www.ibb.istanbul',
    partners: [],
    ...overrides,
  };
}

export function buildPage<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, perPage: 20, ...overrides };
}

export function buildApiErrorBody(overrides: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return { code: 'validation_failed', message: 'The request is not valid.', details: [], ...overrides };
}

export function buildMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    ...buildMunicipalitySummary(),
    populationYear: 2023,
    latitude: 50.9375,
    longitude: 6.9603,
    website: 'https://www.stadt-koeln.de',
    ...overrides,
  };
}

const KADIKOY: Omit<MunicipalitySummary, 'id'> = {
  nameLocal: 'Kadıköy',
  nameEn: 'Kadıköy',
  country: 'TR',
  region: 'İstanbul',
  kind: 'district',
  population: 467_919,
};

export function buildAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: nextId(),
    email: 'ayse.yilmaz@kadikoy.bel.tr',
    displayName: 'Ayşe Yılmaz',
    role: 'staff',
    status: 'active',
    municipality: buildMunicipalitySummary(KADIKOY),
    createdAt: '2025-03-01T09:30:00.000Z',
    verifiedAt: '2025-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export function buildSessionInfo(account: Partial<Account> = {}): SessionInfo {
  return { account: buildAccount(account), csrfToken: `csrf-${nextId()}` };
}

export function buildAdminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return { ...buildAccount(), deactivatedAt: null, lastSignInAt: '2025-04-10T08:00:00.000Z', ...overrides };
}

export function buildInvitationPreview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    email: 'mehmet.demir@kadikoy.bel.tr',
    municipality: buildMunicipalitySummary(KADIKOY),
    expiresAt: '2030-01-15T12:00:00.000Z',
    ...overrides,
  };
}

export function buildInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: nextId(),
    email: 'mehmet.demir@kadikoy.bel.tr',
    municipality: buildMunicipalitySummary(KADIKOY),
    expiresAt: '2030-01-15T12:00:00.000Z',
    createdAt: '2030-01-08T12:00:00.000Z',
    acceptedAt: null,
    ...overrides,
  };
}

export function buildPartnership(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: nextId(),
    municipalities: [buildMunicipalitySummary(KADIKOY), buildMunicipalitySummary()],
    sinceYear: 1997,
    status: 'active',
    programme: 'Turkey–EU Town Twinning',
    description: 'Joint work on waste separation and youth exchanges.',
    ...overrides,
  };
}

export function buildAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: nextId(),
    actor: { id: nextId(), displayName: 'Elif Kaya' },
    action: 'user.verified',
    entityType: 'user',
    entityId: nextId(),
    before: { status: 'pending' },
    after: { status: 'active' },
    createdAt: '2025-04-10T08:00:00.000Z',
    ...overrides,
  };
}
