import { type Account } from '@twinning/contracts';

/*
 * What the client offers to whom (PRODUCT.md, "Who uses it"). Only navigation and pages use
 * these; the API enforces the same rules on every request.
 */

export function isVerified(account: Account): boolean {
  return account.status === 'active';
}

/** Moderators and admins verify pending accounts. */
export function canVerifyAccounts(account: Account): boolean {
  return isVerified(account) && (account.role === 'moderator' || account.role === 'admin');
}

/** Admins manage accounts and roles, municipalities, partnerships, and read the audit log. */
export function canAdminister(account: Account): boolean {
  return isVerified(account) && account.role === 'admin';
}

/** Verified staff of a municipality write, submit and revise its case studies. */
export function canWriteCaseStudies(account: Account): boolean {
  return isVerified(account) && account.role === 'staff' && account.municipality !== null;
}

/** Moderators and admins review submissions (never their own; the API checks that). */
export function canModerate(account: Account): boolean {
  return isVerified(account) && (account.role === 'moderator' || account.role === 'admin');
}

/** Verified staff of this municipality; `null` is a town the viewer may not know. */
export function isStaffOf(account: Account | null, municipalityId: string | null | undefined): boolean {
  return Boolean(
    account && municipalityId && canWriteCaseStudies(account) && account.municipality?.id === municipalityId,
  );
}

/** Staff of the municipality a case study belongs to. */
export function ownsCaseStudy(account: Account | null, municipalityId: string | null | undefined): boolean {
  return isStaffOf(account, municipalityId);
}

/**
 * Verified staff of another municipality adapt a published case study. For a story published
 * without its town the viewer cannot tell, so the API answers `own_practice` if it is theirs.
 */
export function canAdaptCaseStudy(account: Account | null, caseStudyMunicipalityId: string | null | undefined): boolean {
  return Boolean(account && canWriteCaseStudies(account) && !ownsCaseStudy(account, caseStudyMunicipalityId));
}

/** Only the adapting municipality's staff record check-ins on its adaptation. */
export function canCheckInAdaptation(account: Account | null, adaptingMunicipalityId: string): boolean {
  return isStaffOf(account, adaptingMunicipalityId);
}

/** Only verified staff of the case study's own municipality answer questions on it. */
export function canAnswerQuestions(account: Account | null, caseStudyMunicipalityId: string | null | undefined): boolean {
  return isStaffOf(account, caseStudyMunicipalityId);
}

/** Verified accounts ask questions (and report posts); one still waiting is told why it cannot. */
export function canAskQuestions(account: Account): boolean {
  return isVerified(account);
}

/**
 * Any verified account reports what it reads (a case study, an adaptation, a check-in, a question
 * or an answer), though not its own; moderators need not report, they act on it themselves.
 * `authorId`: the account that wrote it, when known; `ownMunicipalityId`: the town it belongs to.
 */
export function canReport(account: Account | null, owner: { authorId?: string | null; municipalityId?: string | null } = {}): boolean {
  if (!account || !isVerified(account) || canModerate(account)) return false;
  if (owner.authorId && owner.authorId === account.id) return false;
  return !(owner.municipalityId && account.municipality?.id === owner.municipalityId);
}

/** The adapting municipality's staff write a finished adaptation up as a case study of their own. */
export function canWriteUpAdaptation(account: Account | null, adaptingMunicipalityId: string): boolean {
  return isStaffOf(account, adaptingMunicipalityId);
}
