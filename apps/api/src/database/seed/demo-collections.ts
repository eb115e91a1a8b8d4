import { type CollectionTexts } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { enqueueSearchUpdates } from '../../search/search-outbox.repository';

interface DemoCollection {
  title: CollectionTexts;
  text: CollectionTexts;
  featured: boolean;
  /** Titles of published demo case studies, in the order shown. */
  practices: string[];
}

export const DEMO_COLLECTIONS: DemoCollection[] = [
  {
    title: { en: 'Low-cost ideas', tr: 'Düşük maliyetli fikirler', de: 'Günstige Ideen' },
    text: {
      en: 'Practices that cost a town little (most under 200,000 euros) and rest on good organisation, volunteers and partners rather than on large investments.',
      tr: 'Bir belediyeye az maliyeti olan uygulamalar (çoğu 200.000 avronun altında): büyük yatırımlardan çok iyi organizasyona, gönüllülere ve ortaklara dayanıyor.',
      de: 'Praxisbeispiele, die eine Kommune wenig kosten (die meisten unter 200.000 Euro) und eher auf gute Organisation, Ehrenamtliche und Partner setzen als auf große Investitionen.',
    },
    featured: true,
    practices: [
      'Online-Terminvergabe und Wartemarken im Bürgeramt: von 2 Stunden auf 12 Minuten',
      'Mahalle kompost üniteleri: apartmanlarda evsel organik atık kompostu',
      'Sıfır Atık Semt Pazarı: Hasanpaşa Salı Pazarı’nda ayrı toplama, kompost ve “kendi fileni getir”',
      'A youth council with a real budget: Karşıyaka and Piran exchange on youth participation',
      'Turizm sezonunda atık zirvesini yönetmek: otellerle ayrı toplama sözleşmeleri ve Sinaia ile ortak rehber',
      'Gençlik meclisine kendi bütçesi: iki yıl iyi gitti, seçimden sonra küçüldü',
    ],
  },
  {
    title: { en: 'Coastal towns and climate', tr: 'Kıyı kentleri ve iklim', de: 'Küstenstädte und Klima' },
    text: {
      en: 'Towns on the Black Sea, the Aegean, the Mediterranean and the Adriatic facing floods, heat, water shortage and the waste of the tourist season.',
      tr: 'Karadeniz, Ege, Akdeniz ve Adriyatik kıyısındaki kentler; taşkınlar, sıcak, su kıtlığı ve turizm sezonunun atığıyla başa çıkıyor.',
      de: 'Städte am Schwarzen Meer, an der Ägäis, am Mittelmeer und an der Adria im Umgang mit Hochwasser, Hitze, Wasserknappheit und dem Abfall der Urlaubssaison.',
    },
    featured: true,
    practices: [
      'Street-level flood risk maps and stormwater upgrades for the Mert and Kürtün catchments',
      'Cooler waits: shaded bus stops, drinking fountains and trees on the hottest routes',
      'Su kayıp-kaçak oranını %41’den %27’ye düşürmek: izole bölgeler, basınç yönetimi ve sayaç değişimi',
      'A car-free old town with an electric shuttle and a garage at the edge',
      'Çay fabrikası atığından kompost: Rize’de yılda 9.000 ton atık toprağa dönüyor',
      'Turizm sezonunda atık zirvesini yönetmek: otellerle ayrı toplama sözleşmeleri ve Sinaia ile ortak rehber',
    ],
  },
  {
    title: { en: 'Learning from failures', tr: 'Başarısızlıklardan öğrenmek', de: 'Aus Fehlschlägen lernen' },
    text: {
      en: 'Projects that did not work, told openly: what went wrong, when, and what the towns would do differently. Often the most useful reading before starting something similar.',
      tr: 'İşe yaramayan projeler, açıkça anlatılmış: ne ters gitti, ne zaman ve belediyeler neyi farklı yapardı. Benzer bir işe başlamadan önce çoğu zaman en yararlı okuma.',
      de: 'Projekte, die nicht funktioniert haben, offen erzählt: was schiefging, wann, und was die Kommunen anders machen würden. Vor einem ähnlichen Vorhaben oft die nützlichste Lektüre.',
    },
    featured: false,
    practices: [
      'Kaltes Nahwärmenetz im Neubaugebiet: geplant, ausgeschrieben, abgesagt',
      'Jugendparlament ohne Wirkung: nach zwei Wahlperioden eingeschlafen',
      'An e-participation app nobody used: 4,000 downloads and 37 proposals in two years',
      'Smarte Mülleimer mit Füllstandssensoren: teuer, unzuverlässig, zurückgebaut',
      'Fındık budama atığından biyokütle enerjisi: tesis kuruldu, atık gelmedi',
      'A year-round tourism card that hotels would not sell',
    ],
  },
];

/**
 * The demo collections, each with its practices found by title among the published demo case
 * studies (those not found are left out), and their search documents queued, since membership is
 * a search filter. A collection whose English title is there already is left as it is.
 */
export async function seedDemoCollections(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let created = 0;
    for (const demo of DEMO_COLLECTIONS) {
      const inserted = (await manager.query(
        `INSERT INTO collections (title, text, featured) SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM collections WHERE title->>'en' = $4) RETURNING id`,
        [demo.title, demo.text, demo.featured, demo.title.en],
      )) as { id: string }[];
      if (inserted.length === 0) continue;
      const members = (await manager.query(
        `INSERT INTO collection_case_studies (collection_id, case_study_id, position)
         SELECT $1, cs.id, wanted.position - 1 FROM unnest($2::text[]) WITH ORDINALITY AS wanted(title, position)
         JOIN LATERAL (SELECT cs.id FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
           WHERE r.content->>'title' = wanted.title AND cs.status = 'published' ORDER BY cs.published_at LIMIT 1) cs ON true
         RETURNING case_study_id`,
        [inserted[0].id, demo.practices],
      )) as { case_study_id: string }[];
      await enqueueSearchUpdates(manager, members.map((member) => member.case_study_id));
      created += 1;
    }
    return created;
  });
}
