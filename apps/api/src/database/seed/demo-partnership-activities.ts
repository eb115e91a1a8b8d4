import { type Currency, type PartnershipActivityKind, type TextVariants } from '@twinning/contracts';
import { type DataSource } from 'typeorm';

interface DemoActivity {
  /** Starter-data keys of the two towns. */
  towns: [string, string];
  kind: PartnershipActivityKind;
  /** The text as its writer entered it, and the other language beside it. */
  title: string;
  titleVariants: TextVariants;
  description: string;
  descriptionVariants: TextVariants;
  learned: string;
  learnedVariants: TextVariants;
  /** Days before the seed's day. */
  startedDaysAgo: number;
  lastedDays: number;
  isPublic: boolean;
  participantCount: number | null;
  participantRoles: string[];
  /** Titles of the published, named demo case studies it concerned; one not there is skipped. */
  caseStudies: string[];
  funding?: { programme: string; amount: number; currency: Currency };
}

/**
 * Invented activities on the demo towns' twinnings, each written in English or Turkish with the
 * other language beside it. Dates follow the seed's day, so the statistics always show recent years.
 */
const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    towns: ['tr-bursa', 'de-darmstadt'],
    kind: 'study_visit',
    title: 'Study visit: Darmstadt’s protected cycle lanes',
    titleVariants: { tr: 'Çalışma ziyareti: Darmstadt’ın korumalı bisiklet yolları' },
    description: 'Four engineers from Bursa rode Darmstadt’s **protected cycle lanes** with the city’s traffic department and saw how junctions were rebuilt.',
    descriptionVariants: { tr: 'Bursa’dan dört mühendis, Darmstadt’ın **korumalı bisiklet yollarını** şehrin trafik birimiyle birlikte gezdi ve kavşakların nasıl yeniden düzenlendiğini gördü.' },
    learned: 'Kerbs and bollards matter less than continuous lanes through junctions; consult shopkeepers before parking is removed.',
    learnedVariants: { tr: 'Bordür ve babalardan çok, kavşaklarda kesintisiz şerit önemli; park yerleri kaldırılmadan önce esnafa danışılmalı.' },
    startedDaysAgo: 900,
    lastedDays: 3,
    isPublic: true,
    participantCount: 4,
    participantRoles: ['traffic engineer', 'urban planner'],
    caseStudies: ['Protected bike lanes on the Nilüfer–city centre corridor, designed with Darmstadt'],
  },
  {
    towns: ['tr-bursa', 'de-darmstadt'],
    kind: 'staff_exchange',
    title: 'Personel değişimi: atık toplama planlaması',
    titleVariants: { en: 'Staff exchange: planning waste collection' },
    description: 'Bursa Büyükşehir Belediyesi’nden iki uzman, Darmstadt’ın atık işletmesinde iki hafta çalıştı.',
    descriptionVariants: { en: 'Two specialists from Bursa Metropolitan Municipality worked for two weeks at Darmstadt’s waste management company.' },
    learned: 'Toplama rotaları, mahalle sakinlerinin geri bildirimiyle her yıl yeniden planlanıyor.',
    learnedVariants: { en: 'Collection routes are planned anew every year from residents’ feedback.' },
    startedDaysAgo: 520,
    lastedDays: 14,
    isPublic: true,
    participantCount: 2,
    participantRoles: ['atık yönetimi uzmanı'],
    caseStudies: [],
  },
  {
    towns: ['tr-bursa', 'de-darmstadt'],
    kind: 'joint_project',
    title: 'Joint project: youth climate workshops',
    titleVariants: { tr: 'Ortak proje: gençlik iklim atölyeleri' },
    description: 'Youth councils of both towns held climate workshops, one week in each town.',
    descriptionVariants: { tr: 'İki şehrin gençlik meclisleri, her şehirde birer hafta olmak üzere iklim atölyeleri düzenledi.' },
    learned: 'Young people want to see what happens to their proposals: each workshop now ends with a reply from the council.',
    learnedVariants: { tr: 'Gençler önerilerine ne olduğunu görmek istiyor: her atölye artık meclisin bir yanıtıyla bitiyor.' },
    startedDaysAgo: 200,
    lastedDays: 60,
    isPublic: true,
    participantCount: 36,
    participantRoles: ['youth worker', 'youth council member'],
    caseStudies: [],
    funding: { programme: 'deutsch-tuerkische-jugendbruecke', amount: 18_000, currency: 'EUR' },
  },
  {
    towns: ['tr-bursa', 'de-darmstadt'],
    kind: 'training',
    title: 'Training on EU grant reporting',
    titleVariants: { tr: 'AB hibe raporlaması eğitimi' },
    description: 'An online training for the two towns’ project staff, before the next application.',
    descriptionVariants: { tr: 'Bir sonraki başvurudan önce iki şehrin proje personeli için çevrim içi eğitim.' },
    learned: '',
    learnedVariants: {},
    startedDaysAgo: 40,
    lastedDays: 1,
    isPublic: false,
    participantCount: 9,
    participantRoles: ['project officer'],
    caseStudies: [],
  },
  {
    towns: ['tr-izmir', 'de-bremen'],
    kind: 'study_visit',
    title: 'Çalışma ziyareti: Bremen’de liman kenti dönüşümü',
    titleVariants: { en: 'Study visit: waterfront regeneration in Bremen' },
    description: 'İzmir’den bir heyet, Bremen’in eski liman alanlarının konut ve işyerine nasıl dönüştürüldüğünü inceledi.',
    descriptionVariants: { en: 'A delegation from İzmir looked at how Bremen turned its old port areas into homes and workplaces.' },
    learned: 'Dönüşüm, mülkiyet ortaklığı kuran bir belediye şirketiyle hızlandı.',
    learnedVariants: { en: 'Regeneration moved faster once a municipal company held the land.' },
    startedDaysAgo: 700,
    lastedDays: 4,
    isPublic: true,
    participantCount: 7,
    participantRoles: ['şehir plancısı', 'meclis üyesi'],
    caseStudies: [],
  },
  {
    towns: ['tr-izmir', 'de-bremen'],
    kind: 'staff_exchange',
    title: 'Staff exchange: flood warnings',
    titleVariants: { tr: 'Personel değişimi: taşkın uyarıları' },
    description: 'An engineer from Bremen spent a month with İzmir’s disaster coordination centre.',
    descriptionVariants: { tr: 'Bremen’den bir mühendis, İzmir’in afet koordinasyon merkezinde bir ay çalıştı.' },
    learned: 'Warnings reach more people through neighbourhood heads (muhtars) than through apps.',
    learnedVariants: { tr: 'Uyarılar, uygulamalardan çok muhtarlar aracılığıyla daha fazla kişiye ulaşıyor.' },
    startedDaysAgo: 330,
    lastedDays: 30,
    isPublic: true,
    participantCount: 1,
    participantRoles: ['hydraulic engineer'],
    caseStudies: [],
  },
];

/**
 * The demo activities, on the twinnings of the demo towns. A partnership keeps one activity of
 * each title, so a second run adds nothing. Returns how many were added.
 */
export async function seedDemoPartnershipActivities(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let added = 0;
    for (const activity of DEMO_ACTIVITIES) {
      const rows = (await manager.query(
        `INSERT INTO partnership_activities (partnership_id, kind, title, title_variants, description, description_variants, learned, learned_variants,
                                             starts_on, ends_on, is_public, participant_count, participant_roles, funding_programme_id, funding_amount, funding_currency)
         SELECT p.id, $3, $4, $5, $6, $7, $8, $9, current_date - $10::int, CASE WHEN $11::int > 1 THEN current_date - $10::int + $11::int - 1 END, $12, $13, $14,
                (SELECT id FROM funding_programmes WHERE seed_key = $15), $16, $17
         FROM partnerships p
         JOIN municipalities a ON a.id = p.municipality_a_id JOIN municipalities b ON b.id = p.municipality_b_id
         WHERE ARRAY[a.slug, b.slug] @> ARRAY[$1, $2]::text[]
           AND NOT EXISTS (SELECT 1 FROM partnership_activities existing WHERE existing.partnership_id = p.id AND existing.title = $4)
         RETURNING id`,
        [
          ...activity.towns,
          activity.kind,
          activity.title,
          JSON.stringify(activity.titleVariants),
          activity.description,
          JSON.stringify(activity.descriptionVariants),
          activity.learned,
          JSON.stringify(activity.learnedVariants),
          activity.startedDaysAgo,
          activity.lastedDays,
          activity.isPublic,
          activity.participantCount,
          activity.participantRoles,
          activity.funding?.programme ?? null,
          activity.funding?.amount ?? null,
          activity.funding?.currency ?? null,
        ],
      )) as { id: string }[];
      for (const { id } of rows) {
        await manager.query(
          `INSERT INTO partnership_activity_case_studies (activity_id, case_study_id)
           SELECT $1, cs.id FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
           WHERE r.content->>'title' = ANY($2::text[]) AND cs.status <> 'archived' AND NOT cs.published_anonymously`,
          [id, activity.caseStudies],
        );
      }
      added += rows.length;
    }
    return added;
  });
}
