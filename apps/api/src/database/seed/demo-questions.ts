import { type DataSource } from 'typeorm';

interface DemoQuestion {
  /** The town whose first published, named demo case study (by title) is asked about. */
  town: string;
  askedBy: string;
  question: string;
  /** By the town's demo staff; none: still waiting for an answer. */
  answer?: { by: string; body: string };
}

const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    town: 'tr-bursa',
    askedBy: 'darmstadt@demo.twinning.test',
    question: 'How did you keep shop owners on board once the lanes were built? Ours fear losing parking spaces.',
    answer: {
      by: 'bursa@demo.twinning.test',
      body: 'We walked the route with them **before** drawing anything, and kept loading bays at every block. After a year, footfall counts convinced the last sceptics.',
    },
  },
  {
    town: 'tr-gaziantep',
    askedBy: 'izmir@demo.twinning.test',
    question: 'Dil kafelerinde gönüllü eğitmenleri nasıl buldunuz? Üniversitelerle bir protokol var mı?',
  },
  {
    town: 'se-karlstad',
    askedBy: 'darmstadt@demo.twinning.test',
    question: 'Which kitchen staff did the weighing of plate waste, and how long did it take them each day?',
  },
];

/**
 * Demo questions by the demo staff on published case studies: one answered by Bursa's demo staff,
 * two waiting for towns without demo accounts, so the question section has something to show.
 * A question already there (same author, same text) is not asked again.
 */
export async function seedDemoQuestions(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let created = 0;
    for (const demo of DEMO_QUESTIONS) {
      const [practice] = (await manager.query(
        `SELECT cs.id FROM case_studies cs JOIN municipalities m ON m.id = cs.municipality_id JOIN case_study_revisions r ON r.id = cs.published_revision_id
          WHERE m.slug = $1 AND cs.status = 'published' AND NOT cs.published_anonymously ORDER BY r.content->>'title' LIMIT 1`,
        [demo.town],
      )) as { id: string }[];
      if (!practice) continue;
      const asked = (await manager.query(
        `INSERT INTO discussion_posts (case_study_id, author_id, body, created_at)
         SELECT $1, u.id, $3, now() - interval '3 days' FROM users u
          WHERE u.email = $2 AND NOT EXISTS (SELECT 1 FROM discussion_posts p WHERE p.case_study_id = $1 AND p.author_id = u.id AND p.body = $3)
         RETURNING id`,
        [practice.id, demo.askedBy, demo.question],
      )) as { id: string }[];
      if (asked.length === 0) continue;
      created += 1;
      if (demo.answer) {
        await manager.query(
          `INSERT INTO discussion_posts (case_study_id, question_id, author_id, body, created_at) SELECT $1, $2, u.id, $4, now() - interval '1 day' FROM users u WHERE u.email = $3`,
          [practice.id, asked[0].id, demo.answer.by, demo.answer.body],
        );
      }
    }
    return created;
  });
}
