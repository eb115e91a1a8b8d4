import { type DiscussionPost } from '@twinning/contracts';
import { type TFunction } from 'i18next';

export type PostKind = 'question' | 'answer';

/**
 * Who wrote a post. The API names no one for an answer on an anonymous case study (its town's
 * staff, to those who may not know the town), nor for an account that is gone.
 */
export function postAuthorName(post: Pick<DiscussionPost, 'author'>, kind: PostKind, t: TFunction): string {
  return post.author?.displayName ?? (kind === 'answer' ? t('questions.municipalStaff') : t('questions.formerMember'));
}
