import { TEMPLATE_SECTIONS, type TemplateSection } from '@twinning/contracts';

/** The form's steps: one per section of the template, then a preview of the public page. */
export type EditorStep = TemplateSection | 'preview';

export const EDITOR_STEPS: readonly EditorStep[] = [...TEMPLATE_SECTIONS, 'preview'];
