import { Anchor } from '@mantine/core';
import { type Currency, FUNDING_SOURCE_KIND_LABELS, type FundingSource } from '@twinning/contracts';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { useFundingProgramme } from '../../funding/hooks/useFunding';
import { budgetFormat } from '../utils/presentation';

/** One funding source as readers see it: its kind, its programme (linked to the catalogue's page for it) and its amount. */
export function FundingSourceItem({ source, currency }: { source: FundingSource; currency: Currency | null }) {
  const { labelOf, formatNumber } = useFormatters();
  // Each programme is fetched once and shared by every source and page that names it.
  const programme = useFundingProgramme(source.programmeId ?? '', { enabled: source.programmeId !== null });
  return (
    <>
      {labelOf(FUNDING_SOURCE_KIND_LABELS[source.kind])}
      {source.programmeId !== null && programme.data ? (
        <>
          :{' '}
          <Anchor component={Link} to={`/funding/programmes/${encodeURIComponent(source.programmeId)}`}>
            {programme.data.name}
          </Anchor>
        </>
      ) : (
        source.programmeName?.trim() && <>: {source.programmeName}</>
      )}
      {source.amount !== null && <> · {formatNumber(source.amount, budgetFormat(source.amount, currency))}</>}
    </>
  );
}
