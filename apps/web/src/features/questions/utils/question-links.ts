/** The element id of a case study's questions section, so a link can land on it. */
export const QUESTIONS_SECTION_ID = 'questions';

/** Where a case study's questions are read: the notifications and the moderators' list link here. */
export function caseStudyQuestionsPath(caseStudyId: string): string {
  return `/case-studies/${caseStudyId}#${QUESTIONS_SECTION_ID}`;
}
