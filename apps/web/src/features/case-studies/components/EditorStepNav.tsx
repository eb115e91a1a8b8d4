import { Box, Button, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type EditorStep } from '../utils/editor-steps';

export interface StepNote {
  text: string;
  color: string;
}

interface EditorStepNavProps {
  steps: readonly EditorStep[];
  current: EditorStep;
  /** A few words under a step: "Required", "Moderator's comment", "2 to complete". */
  notes: Partial<Record<EditorStep, StepNote[]>>;
  onSelect: (step: EditorStep) => void;
}

/** The form's steps, one button each, named by the template's sections; the current one is marked. */
export function EditorStepNav({ steps, current, notes, onSelect }: EditorStepNavProps) {
  const { t } = useTranslation();
  const baseId = useId();
  return (
    <Box component="nav" aria-label={t('caseStudyForm.stepsLabel')}>
      <Stack component="ol" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
        {steps.map((step, index) => {
          const stepNotes = notes[step] ?? [];
          const notesId = `${baseId}-${step}`;
          const selected = step === current;
          return (
            <li key={step}>
              <Button
                variant={selected ? 'light' : 'subtle'}
                color={selected ? undefined : 'gray'}
                fullWidth
                justify="flex-start"
                leftSection={
                  <Text component="span" size="xs" fw={700} aria-hidden="true" w={18} ta="end">
                    {index + 1}
                  </Text>
                }
                aria-current={selected ? 'step' : undefined}
                aria-describedby={stepNotes.length > 0 ? notesId : undefined}
                onClick={() => onSelect(step)}
                styles={{ label: { fontWeight: selected ? 700 : 500 } }}
              >
                {t(`caseStudySections.${step}`)}
              </Button>
              {stepNotes.length > 0 && (
                <Text id={notesId} size="xs" ps={44} pb={4}>
                  {stepNotes.map((note, position) => (
                    <Text component="span" key={note.text} c={note.color} inherit>
                      {position > 0 && ' · '}
                      {note.text}
                    </Text>
                  ))}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </Box>
  );
}
