import { Inject, Injectable } from '@nestjs/common';
import { FEED_LIMIT, populationBandOf, type StaffFeed } from '@twinning/contracts';
import { toAdaptationSummary } from '../adaptations/adaptation.mapper';
import { AdaptationsRepository } from '../adaptations/adaptations.repository';
import { AuthException } from '../auth/auth.errors';
import { caseStudyAccess } from '../case-studies/case-study-access';
import { toCaseStudySummary } from '../case-studies/case-study.mapper';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { PartnershipsRepository } from '../partnerships/partnerships.repository';
import { type UserEntity } from '../users/user.entity';
import { FeedRepository } from './feed.repository';

@Injectable()
export class FeedService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly adaptations: AdaptationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly partnerships: PartnershipsRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'anonymityMinTowns'>,
  ) {}

  /** What the staff's twinning partners publish and adapt, and practices of towns like theirs on their themes. */
  async feedFor(user: UserEntity): Promise<StaffFeed> {
    if (user.role !== 'staff' || !user.municipalityId) throw AuthException.forbidden();
    const [own] = await this.municipalities.findByIds([user.municipalityId]);
    const populationBand = populationBandOf(own.population);
    const [partnerships, sameKind, themes] = await Promise.all([this.partnerships.findByMunicipality(own.id), this.feed.sameKind(own.id), this.feed.themesOf(own.id)]);
    const partnerIds = partnerships
      .filter((partnership) => partnership.status === 'active')
      .map((partnership) => (partnership.municipalityAId === own.id ? partnership.municipalityBId : partnership.municipalityAId));
    const likeYours = sameKind.filter((town) => populationBandOf(town.population) === populationBand).map((town) => town.id);
    const [partnerCaseStudies, partnerAdaptations, similar] = await Promise.all([
      this.feed.publishedBy(partnerIds, null, FEED_LIMIT),
      this.feed.adaptationsBy(partnerIds, FEED_LIMIT),
      this.feed.publishedBy(likeYours, themes, FEED_LIMIT),
    ]);
    // The feed holds no anonymous case study (it names towns), so this reads nothing.
    const towns = await this.municipalities.townCountTableFor([...partnerCaseStudies, ...similar], this.config.anonymityMinTowns);
    const writeUps = await this.adaptations.writeUpsOf(partnerAdaptations.map((adaptation) => adaptation.id));
    const summary = (caseStudy: (typeof partnerCaseStudies)[number]) => toCaseStudySummary(caseStudy, caseStudyAccess(caseStudy, user), towns);
    return {
      partnerCaseStudies: partnerCaseStudies.map(summary),
      partnerAdaptations: partnerAdaptations.map((adaptation) => toAdaptationSummary(adaptation, writeUps.get(adaptation.id), user)),
      townsLikeYours: { kind: own.kind, populationBand, themes, caseStudies: similar.map(summary) },
    };
  }
}
