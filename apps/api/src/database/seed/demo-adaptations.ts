import { ADAPTATION_STATUSES, type AdaptationStatus, type CaseStudyLanguage, emptyCaseStudyContent, type Theme } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { enqueueSearchUpdates } from '../../search/search-outbox.repository';
import { insertCaseStudyInState } from './case-study-states';
import { DEMO_ACCOUNTS, demoStaffName, demoStaffOf } from './demo-accounts';

/** The check-ins that lead an adaptation to each status, in order. */
const PATH: Record<AdaptationStatus, AdaptationStatus[]> = {
  exploring: [],
  planning: ['planning'],
  piloting: ['planning', 'piloting'],
  implemented: ['planning', 'piloting', 'implemented'],
  discontinued: ['planning', 'discontinued'],
};

const NOTES: Record<AdaptationStatus, string> = {
  exploring: 'We visited the partner town and read their lessons with our technical team.',
  planning: 'The council approved a pilot; we adjusted the plan to our budget and climate.',
  piloting: 'The pilot runs in two neighbourhoods; residents’ feedback is collected monthly.',
  implemented: 'Rolled out citywide after the pilot; the partner’s tips saved us a season.',
  discontinued: 'Stopped after the local elections: the new council moved the budget to roads.',
};

/**
 * Demo adaptations in every status: published demo case studies, in turn, adapted by a twinning
 * partner of their town (or another town), with the check-ins that led there. A practice whose
 * adapting town has demo staff is skipped, so those staff can adapt it themselves. A town adapts
 * a practice once, so a second run adds nothing.
 */
export async function seedDemoAdaptations(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const practices = (await manager.query(
      `SELECT cs.id, cs.municipality_id,
              (SELECT CASE WHEN p.municipality_a_id = cs.municipality_id THEN p.municipality_b_id ELSE p.municipality_a_id END
               FROM partnerships p WHERE p.municipality_a_id = cs.municipality_id OR p.municipality_b_id = cs.municipality_id
               ORDER BY p.since_year LIMIT 1) AS partner_id
       FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
       WHERE cs.status = 'published' AND NOT cs.published_anonymously ORDER BY r.content->>'title' LIMIT $1`,
      [ADAPTATION_STATUSES.length * 2],
    )) as { id: string; municipality_id: string; partner_id: string | null }[];
    const [fallback] = (await manager.query(`SELECT id FROM municipalities WHERE slug = 'tr-eskisehir'`)) as { id: string }[];
    let created = 0;
    for (const [index, practice] of practices.entries()) {
      const status = ADAPTATION_STATUSES[index % ADAPTATION_STATUSES.length];
      const adapter = practice.partner_id ?? fallback?.id;
      if (!adapter || adapter === practice.municipality_id) continue;
      const [town] = (await manager.query(
        `SELECT m.slug, m.country, EXISTS (SELECT 1 FROM users u WHERE u.municipality_id = m.id AND u.email = ANY($2) AND u.verified_at IS NOT NULL) AS has_demo_staff
         FROM municipalities m WHERE m.id = $1`,
        [adapter, DEMO_ACCOUNTS.map((account) => account.email)],
      )) as { slug: string; country: string; has_demo_staff: boolean }[];
      // A practice that demo staff (Darmstadt's) could adapt themselves is left for them to try.
      if (!town || town.has_demo_staff) continue;
      const author = await demoStaffOf(manager, adapter, demoStaffName(town.country, town.slug));
      const rows = (await manager.query(
        // Started a month before its first check-in, so the story reads in order.
        `INSERT INTO adaptations (case_study_id, municipality_id, status, local_context, changes, planned_steps, discontinued_reason, created_by_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9)) ON CONFLICT ON CONSTRAINT adaptations_town_practice DO NOTHING RETURNING id`,
        [
          practice.id,
          adapter,
          status,
          'A town of similar size facing the same problem, with a smaller budget.',
          'We keep the core idea and scale the first phase down to two neighbourhoods.',
          'Study visit, council decision, a one-year pilot, then a decision on rolling it out.',
          status === 'discontinued' ? NOTES.discontinued : null,
          author,
          (PATH[status].length + 1) * 30,
        ],
      )) as { id: string }[];
      if (rows.length === 0) continue;
      for (const [step, checkInStatus] of PATH[status].entries()) {
        await manager.query(
          `INSERT INTO adaptation_check_ins (adaptation_id, status, note, results, author_id, created_at) VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`,
          [rows[0].id, checkInStatus, NOTES[checkInStatus], checkInStatus === 'implemented' ? 'Participation doubled in the first year.' : '', author, (PATH[status].length - step) * 30],
        );
      }
      await enqueueSearchUpdates(manager, [practice.id]);
      created += 1;
    }
    return created;
  });
}

/**
 * A failure written up, without naming its town, from one of the discontinued demo adaptations:
 * the story anonymity must protect, published and linked to its adaptation only for the town
 * and the moderators. Added while no anonymous write-up exists, so a second run adds nothing.
 */
export async function seedDemoAnonymousWriteUp(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const [adaptation] = (await manager.query(
      `SELECT a.id, a.municipality_id, a.created_at, a.created_by_id, u.display_name AS author_name, r.content->>'language' AS language, r.content->'sdgs' AS sdgs, r.content->'themes' AS themes
       FROM adaptations a JOIN case_studies cs ON cs.id = a.case_study_id JOIN case_study_revisions r ON r.id = cs.published_revision_id
       LEFT JOIN users u ON u.id = a.created_by_id
       WHERE a.status = 'discontinued' AND NOT EXISTS (SELECT 1 FROM case_studies w WHERE w.adapted_from_id = a.id)
         AND NOT EXISTS (SELECT 1 FROM case_studies w WHERE w.adapted_from_id IS NOT NULL AND w.publish_anonymously)
       ORDER BY a.created_at, a.id LIMIT 1`,
    )) as { id: string; municipality_id: string; created_at: Date; created_by_id: string | null; author_name: string | null; language: CaseStudyLanguage; sdgs: number[]; themes: Theme[] }[];
    if (!adaptation) return 0;
    const { caseStudy } = await insertCaseStudyInState(manager, {
      municipalityId: adaptation.municipality_id,
      status: 'published',
      publishAnonymously: true,
      createdById: adaptation.created_by_id,
      submittedById: adaptation.created_by_id,
      content: {
        ...emptyCaseStudyContent(),
        title: 'A partner’s practice we could not keep going after the elections',
        summary: 'We adapted a twin town’s practice in two neighbourhoods. The pilot worked, but it depended on one council decision and one budget line, and both went after the local elections. What we would secure first next time.',
        language: 'en',
        outcome: 'failure',
        context: 'A town of similar size facing the same problem, with a smaller budget and no staff of its own for the pilot.',
        whatWasDone: 'We kept the core idea of the original, scaled the first phase down to two neighbourhoods, and ran it for a season with volunteers and one coordinator paid from a single budget line.',
        results: 'Residents in the pilot areas took part, but the pilot ended before any result could be measured over a full year.',
        whatWorked: 'The study visit to the partner town: seeing the practice run convinced our technical staff.',
        whatDidNotWork: 'Everything hung on one council decision and one budget line; when the council changed, the pilot had no owner.',
        whatWeWouldDoDifferently: 'Put the pilot into the multi-year plan and the job description of a permanent staff member before starting, and report results to all council groups.',
        failureCauses: [
          { cause: 'political_change', note: 'The new council moved the budget to roads.' },
          { cause: 'staff_capacity', note: 'The coordinator’s post was temporary and was not renewed.' },
        ],
        failureStage: 'implementation',
        salvaged: 'The volunteers’ contact list and the equipment went to a neighbourhood association.',
        preconditions: 'A budget line that survives an election, and a permanent staff member who owns the practice.',
        tipsForAdopters: 'Ask the partner town how they secured their practice across elections before you copy the practice itself.',
        budgetAmount: 40_000,
        budgetCurrency: 'EUR',
        fundingSources: [{ kind: 'own_budget', programmeId: null, programmeName: null, amount: 40_000 }],
        staffAndTime: 'One temporary coordinator for eight months, with volunteers.',
        startDate: adaptation.created_at.toISOString().slice(0, 10),
        endDate: new Date().toISOString().slice(0, 10),
        sdgs: adaptation.sdgs,
        themes: adaptation.themes,
        contactName: adaptation.author_name ?? 'Project coordinator',
        contactRole: 'Project coordinator',
        contactEmail: 'coordinator@example.org',
      },
    });
    await manager.query(`UPDATE case_studies SET adapted_from_id = $1 WHERE id = $2`, [adaptation.id, caseStudy.id]);
    return 1;
  });
}
