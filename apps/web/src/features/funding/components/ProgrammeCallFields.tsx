import { Grid, Select } from '@mantine/core';
import { type ReactNode } from 'react';
import { useFundingCalls, useProgrammeOptions } from '../hooks/useFunding';

export interface ProgrammeCall {
  fundingProgrammeId: string | null;
  fundingCallId: string | null;
}

interface ProgrammeCallFieldsProps {
  value: ProgrammeCall;
  onChange: (value: ProgrammeCall) => void;
  labels: { programme: string; call: string };
  errors: { programme?: ReactNode; call?: ReactNode };
  /** A request aims at a call it can still apply to; a partnership may have taken part in one that has closed. */
  closedCalls: 'hidden' | 'shown';
}

/** A catalogue programme and one of its calls; choosing another programme clears the call. */
export function ProgrammeCallFields({ value, onChange, labels, errors, closedCalls }: ProgrammeCallFieldsProps) {
  const programmeOptions = useProgrammeOptions();
  const calls = useFundingCalls(value.fundingProgrammeId ? { programmeId: value.fundingProgrammeId } : {});
  const callOptions = (calls.data ?? [])
    .filter((call) => closedCalls === 'shown' || call.status !== 'closed')
    .map((call) => ({ value: call.id, label: `${call.title} (${call.programme.name}, ${call.closesOn})` }));
  return (
    <Grid>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={labels.programme}
          data={programmeOptions}
          value={value.fundingProgrammeId}
          onChange={(fundingProgrammeId) => onChange({ fundingProgrammeId, fundingCallId: null })}
          clearable
          searchable
          error={errors.programme}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={labels.call}
          data={callOptions}
          value={value.fundingCallId}
          onChange={(fundingCallId) => onChange({ ...value, fundingCallId })}
          clearable
          searchable
          error={errors.call}
        />
      </Grid.Col>
    </Grid>
  );
}
