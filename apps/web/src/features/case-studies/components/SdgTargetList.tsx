import { Anchor, List } from '@mantine/core';
import { findSdgTarget } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { searchUrlFor } from '../../search/utils/search-filters';

/** The SDG targets a case study serves, each leading to the other stories that serve it. */
export function SdgTargetList({ targets }: { targets: string[] }) {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  if (targets.length === 0) return null;
  return (
    <List spacing={4} listStyleType="none" ml={0} pl={0} aria-label={t('caseStudyFields.sdgTargets')}>
      {targets.map((number) => {
        const target = findSdgTarget(number);
        return (
          <List.Item key={number}>
            <Anchor component={Link} to={searchUrlFor({ sdg_target: [number] })} size="sm">
              <strong>{number}</strong>
              {target && ` · ${labelOf(target.label)}`}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}
