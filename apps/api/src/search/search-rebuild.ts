import { type DataSource } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { CASE_STUDY_INDEX_SETTINGS, toCaseStudyDocument } from './case-study-document';
import { CaseStudyDocumentsRepository } from './case-study-documents.repository';
import { CASE_STUDY_INDEX } from './search-indexer.service';
import { type SearchRepository } from './search.repository';

const BATCH_SIZE = 1_000;

export interface RebuildResult {
  documents: number;
  seconds: number;
}

/**
 * Builds a fresh index from PostgreSQL beside the live one, then swaps them in one Meilisearch
 * task: searches answer from the old index until the new one takes its place. Changes made
 * while it was being built are queued again, so the new index misses none of them; parked
 * outbox rows from before are settled by the rebuild and dropped.
 */
export async function rebuildSearchIndex(
  dataSource: DataSource,
  search: SearchRepository,
  config: Pick<AppConfig, 'anonymityMinTowns'>,
  log: (message: string) => void,
): Promise<RebuildResult> {
  const started = Date.now();
  const [{ now: since }] = (await dataSource.query('SELECT now()')) as { now: Date }[];
  const fresh = `${CASE_STUDY_INDEX}_rebuild_${started}`;
  await search.ensureIndex(fresh, 'id');
  await search.applySettings(fresh, CASE_STUDY_INDEX_SETTINGS);

  const documents = new CaseStudyDocumentsRepository(config);
  const ids = ((await dataSource.query(`SELECT id FROM case_studies WHERE published_revision_id IS NOT NULL AND status <> 'archived' ORDER BY id`)) as { id: string }[]).map((row) => row.id);
  // Each batch is read and built while Meilisearch indexes the one before: building a document
  // (its glossary terms above all) and indexing it take turns on the CPU otherwise.
  let indexing: Promise<void> = Promise.resolve();
  for (let offset = 0; offset < ids.length; offset += BATCH_SIZE) {
    const batch = (await documents.loadIndexable(dataSource.manager, ids.slice(offset, offset + BATCH_SIZE))).map(toCaseStudyDocument);
    await indexing;
    const indexed = Math.min(offset + BATCH_SIZE, ids.length);
    indexing = search.writeDocuments(fresh, batch, []).then(() => log(`indexed ${indexed} of ${ids.length}`));
    // Its failure is thrown where it is awaited, before the next batch is sent or the swap.
    indexing.catch(() => undefined);
  }
  await indexing;

  await search.ensureIndex(CASE_STUDY_INDEX, 'id');
  await search.swapIndexes(CASE_STUDY_INDEX, fresh);
  await search.deleteIndex(fresh);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO search_outbox (case_study_id)
       SELECT cs.id FROM case_studies cs
       WHERE cs.updated_at >= $1
          OR cs.municipality_id IN (SELECT id FROM municipalities WHERE updated_at >= $1)
          OR cs.municipality_id IN (SELECT municipality_a_id FROM partnerships WHERE updated_at >= $1
                                    UNION SELECT municipality_b_id FROM partnerships WHERE updated_at >= $1)`,
      [since],
    );
    await manager.query(`DELETE FROM search_outbox WHERE parked_at IS NOT NULL AND created_at < $1`, [since]);
  });
  return { documents: ids.length, seconds: (Date.now() - started) / 1000 };
}
