import { type CaseStudyLanguage, THEME_LABELS, THEMES, type Theme } from '@twinning/contracts';
import sharp from 'sharp';
import { type DataSource } from 'typeorm';
import { CaseStudyFileEntity } from '../../files/case-study-file.entity';
import { type FileStorage } from '../../files/file-storage';
import { prepareStoredFile, putStoredFile } from '../../files/stored-file';
import { enqueueSearchUpdates } from '../../search/search-outbox.repository';

/** Every how-manyth published demo case study is left without a cover, so the pages show both. */
const WITHOUT_COVER_EVERY = 4;

/**
 * Covers for most published demo case studies: a picture drawn here from the first theme (hills
 * and a sun in the theme's colours, nothing of a real place, so an anonymous case study's cover
 * reveals no town either), stored in the same sizes and the same storage as an upload. A case
 * study that has any file already is left alone, so a second run adds nothing.
 */
export async function seedDemoCovers(dataSource: DataSource, storage: FileStorage): Promise<number> {
  const candidates = (await dataSource.query(
    `SELECT id, theme, language, has_files FROM (
       SELECT cs.id, r.content->'themes'->>0 AS theme, r.content->>'language' AS language,
              EXISTS (SELECT 1 FROM case_study_files f WHERE f.case_study_id = cs.id) AS has_files,
              row_number() OVER (ORDER BY r.content->>'title', cs.id) AS position
       FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
       WHERE cs.status = 'published') published
     WHERE position % $1 <> 0`,
    [WITHOUT_COVER_EVERY],
  )) as { id: string; theme: Theme | null; language: CaseStudyLanguage; has_files: boolean }[];
  let created = 0;
  for (const [index, caseStudy] of candidates.entries()) {
    if (caseStudy.has_files) continue;
    const theme = caseStudy.theme ?? 'governance_participation';
    const png = await sharp(Buffer.from(drawCover(theme, index))).png({ compressionLevel: 1 }).toBuffer();
    const file = await prepareStoredFile(png, 'image/png');
    if (!file) throw new Error(`demo cover for theme ${theme} did not render`);
    await dataSource.transaction(async (manager) => {
      await manager.getRepository(CaseStudyFileEntity).insert({
        id: file.id,
        caseStudyId: caseStudy.id,
        kind: file.kind,
        contentType: file.contentType,
        byteSize: file.byteSize,
        altText: coverAltText(theme, caseStudy.language),
        caption: '',
        title: '',
        width: file.width,
        height: file.height,
        uploadedById: null,
      });
      await manager.query(`UPDATE case_studies SET cover_file_id = $1 WHERE id = $2`, [file.id, caseStudy.id]);
      await enqueueSearchUpdates(manager, [caseStudy.id]);
      await putStoredFile(storage, file);
    });
    created += 1;
  }
  return created;
}

function coverAltText(theme: Theme, language: CaseStudyLanguage): string {
  const labels = THEME_LABELS[theme];
  if (language === 'tr') return `“${labels.tr}” teması için çizilmiş resim: temanın renklerinde tepeler ve bir güneş`;
  if (language === 'de') return `Gezeichnetes Bild zum Thema „${labels.de}“: Hügel und eine Sonne in seinen Farben`;
  return `Drawn picture for the theme “${labels.en}”: hills and a sun in its colours`;
}

/** A 16:9 landscape in the theme's hue; `variation` moves the sun and the hills so covers of one theme differ. */
export function drawCover(theme: Theme, variation: number): string {
  const hue = (THEMES.indexOf(theme) * 360) / THEMES.length;
  const colour = (saturation: number, lightness: number, shift = 0) => hsl((hue + shift) % 360, saturation, lightness);
  const hill = (base: number, amplitude: number, phase: number) => {
    const points = Array.from({ length: 9 }, (_, i) => `${i * 200},${Math.round(base - amplitude * Math.sin(i * 0.9 + phase))}`);
    return `M0,900 L${points.join(' L')} L1600,900 Z`;
  };
  const sunX = 250 + ((variation * 370) % 1100);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour(70, 88)}"/><stop offset="1" stop-color="${colour(60, 72)}"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="250" r="120" fill="${colour(90, 62, 40)}"/>
  <path d="${hill(560, 60, variation)}" fill="${colour(45, 58)}"/>
  <path d="${hill(680, 80, variation + 2)}" fill="${colour(50, 44)}"/>
  <path d="${hill(800, 50, variation + 4)}" fill="${colour(55, 30)}"/>
</svg>`;
}

function hsl(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
