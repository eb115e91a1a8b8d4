import { type CaseStudyLanguage, type PartnerAnswerStatus, type PopulationBand, type Theme } from '@twinning/contracts';
import { type DataSource } from 'typeorm';

interface DemoAnswer {
  town: string;
  message: string;
  status: PartnerAnswerStatus;
}

interface DemoPartnerRequest {
  key: string;
  /** The posting town's slug. */
  town: string;
  title: string;
  description: string;
  themes: Theme[];
  sdgs: number[];
  /** A programme's seed key, and optionally one of its demo calls'. */
  programme: string | null;
  call: string | null;
  /** Days from the seed's day; negative: closed. */
  deadlineIn: number;
  offers: string;
  seeks: string;
  languages: CaseStudyLanguage[];
  partnerCountries: string[];
  partnerPopulationBands: PopulationBand[];
  answers: DemoAnswer[];
}

/** Invented requests of demo towns, in English and Turkish; deadlines follow the seed's day, so most are open and one has closed. */
const DEMO_PARTNER_REQUESTS: DemoPartnerRequest[] = [
  {
    key: 'demo-bursa-youth-councils',
    town: 'tr-bursa',
    title: 'Partners for youth councils on climate action',
    description:
      'Bursa wants to run **youth climate councils** in two or three towns for two years: young people propose local climate measures, the councils fund the best ones, and the towns compare what worked.\n\n- citizens’ meetings in each town\n- an online exchange between the councils\n- a joint handbook at the end',
    themes: ['youth', 'environment_climate', 'governance_participation'],
    sdgs: [13, 16],
    programme: 'cerv-town-twinning',
    call: 'demo-cerv-tt',
    deadlineIn: 30,
    offers: 'Five years of running a city youth council, a venue for the first meeting, and the lead on the application.',
    seeks: 'Towns with a climate plan that want young people to shape it; German or English speaking.',
    languages: ['en', 'tr', 'de'],
    partnerCountries: [],
    partnerPopulationBands: ['50k_250k', '250k_1m'],
    answers: [{ town: 'de-darmstadt', message: 'Darmstadt’s youth forum would like to join; we can host the second meeting.', status: 'shortlisted' }],
  },
  {
    key: 'demo-izmir-coastal-flooding',
    town: 'tr-izmir',
    title: 'Kıyı taşkınlarına karşı ortak erken uyarı sistemi',
    description:
      'İzmir, deniz seviyesindeki yükselme ve fırtına kabarmalarına karşı **mahalle ölçeğinde erken uyarı** kurmak istiyor. Ortak belediyelerle sensör verisini, uyarı eşiklerini ve halkı bilgilendirme yöntemlerini paylaşmayı hedefliyoruz.',
    themes: ['disaster_resilience', 'environment_climate'],
    sdgs: [11, 13],
    programme: 'interreg-next-black-sea-basin',
    call: null,
    deadlineIn: 50,
    offers: 'Kıyı izleme istasyonları ve açık veri platformu deneyimi.',
    seeks: 'Kıyı kenti olan, taşkın haritalaması yapmış bir ortak.',
    languages: ['tr', 'en'],
    partnerCountries: ['BG', 'RO', 'GR'],
    partnerPopulationBands: [],
    answers: [{ town: 'ro-constanta', message: 'Constanța has a storm-surge model for its port area and would share it.', status: 'interested' }],
  },
  {
    key: 'demo-darmstadt-digital-services',
    town: 'de-darmstadt',
    title: 'Open-source digital services for small town halls',
    description: 'Darmstadt looks for partners to adapt its open-source appointment booking and permit tracking to smaller town halls, and to maintain it together.',
    themes: ['digital_services', 'governance_participation'],
    sdgs: [9, 16],
    programme: 'interreg-europe',
    call: null,
    deadlineIn: 75,
    offers: 'The software, its documentation and two developers for the first year.',
    seeks: 'Two or three smaller towns that would use it and test it with residents.',
    languages: ['en', 'de'],
    partnerCountries: [],
    partnerPopulationBands: ['under_10k', '10k_50k', '50k_250k'],
    answers: [],
  },
  {
    key: 'demo-gaziantep-refugee-inclusion',
    town: 'tr-gaziantep',
    title: 'Göçmenlerin istihdamı için ortak meslek edindirme programı',
    description: 'Gaziantep, göçmen ve yerel gençlere yönelik **meslek edindirme kurslarını** ortak belediyelerle birlikte geliştirmek ve sonuçlarını karşılaştırmak istiyor.',
    themes: ['migration', 'social_inclusion', 'local_economy'],
    sdgs: [8, 10],
    programme: 'kalkinma-ajanslari',
    call: 'demo-kalkinma',
    deadlineIn: 25,
    offers: 'Kurs merkezleri, eğitmenler ve yerel işverenlerle kurulmuş ağ.',
    seeks: 'Göçmen uyumu konusunda deneyimli, personel değişimine açık bir belediye.',
    languages: ['tr', 'en'],
    partnerCountries: [],
    partnerPopulationBands: [],
    answers: [
      { town: 'de-duisburg', message: 'Duisburg runs a similar programme with its job centre and would exchange trainers.', status: 'accepted' },
      { town: 'se-karlstad', message: 'Karlstad is interested in the mentoring part.', status: 'interested' },
    ],
  },
  {
    key: 'demo-antalya-sustainable-tourism',
    town: 'tr-antalya',
    title: 'Sustainable tourism: managing visitor flows in historic centres',
    description: 'Antalya wants to test visitor counting and timed entry in Kaleiçi with a partner town facing the same pressure, and to write a joint plan.',
    themes: ['tourism', 'culture_heritage', 'urban_planning'],
    sdgs: [8, 11, 12],
    programme: 'european-urban-initiative',
    call: null,
    deadlineIn: 90,
    offers: 'Visitor data from ten years and a pilot area.',
    seeks: 'A historic town with heavy seasonal tourism.',
    languages: ['en', 'tr'],
    partnerCountries: [],
    partnerPopulationBands: [],
    answers: [],
  },
  {
    key: 'demo-eskisehir-cycling',
    town: 'tr-eskisehir',
    title: 'Bisiklet yolu ağı için ortak tasarım atölyeleri',
    description: 'Eskişehir, bisiklet yolu ağını genişletirken kardeş şehirlerle **tasarım atölyeleri** düzenlemek istiyor.',
    themes: ['mobility', 'urban_planning'],
    sdgs: [11],
    programme: 'erasmus-plus',
    call: null,
    deadlineIn: -5,
    offers: 'Üniversite işbirliği ve atölye mekânı.',
    seeks: 'Bisiklet altyapısında deneyimli bir şehir.',
    languages: ['tr', 'de'],
    partnerCountries: ['DE', 'NL'],
    partnerPopulationBands: [],
    answers: [{ town: 'de-frankfurt', message: 'Frankfurt’s cycling office would send two planners.', status: 'interested' }],
  },
];

/** The demo partner requests and their answers; a request already there only has its deadline moved to follow today. Returns how many were added. */
export async function seedDemoPartnerRequests(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let added = 0;
    for (const request of DEMO_PARTNER_REQUESTS) {
      const rows = (await manager.query(
        `INSERT INTO partner_requests (seed_key, municipality_id, created_by_id, title, description, themes, sdgs, funding_programme_id, funding_call_id, deadline, offers, seeks, languages, partner_countries, partner_population_bands)
         SELECT $1, m.id, (SELECT u.id FROM users u WHERE u.municipality_id = m.id AND u.role = 'staff' ORDER BY u.created_at LIMIT 1), $3, $4, $5, $6,
                (SELECT id FROM funding_programmes WHERE seed_key = $7), (SELECT id FROM funding_calls WHERE seed_key = $8), current_date + $9::int, $10, $11, $12, $13, $14
         FROM municipalities m WHERE m.slug = $2
         ON CONFLICT (seed_key) DO UPDATE SET deadline = EXCLUDED.deadline, updated_at = now() WHERE partner_requests.deadline IS DISTINCT FROM EXCLUDED.deadline
         RETURNING id, (xmax = 0) AS inserted`,
        [
          request.key, request.town, request.title, request.description, request.themes, request.sdgs, request.programme, request.call, request.deadlineIn,
          request.offers, request.seeks, request.languages, request.partnerCountries, request.partnerPopulationBands,
        ],
      )) as { id: string; inserted: boolean }[];
      if (rows.length === 0) continue;
      await manager.query(`INSERT INTO search_outbox (partner_request_id) VALUES ($1)`, [rows[0].id]);
      if (!rows[0].inserted) continue;
      added += 1;
      for (const answer of request.answers) {
        await manager.query(
          `INSERT INTO partner_answers (request_id, municipality_id, created_by_id, message, status)
           SELECT $1, m.id, (SELECT u.id FROM users u WHERE u.municipality_id = m.id AND u.role = 'staff' ORDER BY u.created_at LIMIT 1), $3, $4
           FROM municipalities m WHERE m.slug = $2 ON CONFLICT DO NOTHING`,
          [rows[0].id, answer.town, answer.message, answer.status],
        );
      }
    }
    return added;
  });
}
