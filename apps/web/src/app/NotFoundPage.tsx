import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../common/components/StatusMessage';
import { usePageTitle } from '../common/hooks/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <StatusMessage
      title={t('notFound.title')}
      message={t('notFound.message')}
      linkTo="/towns"
      linkLabel={t('notFound.backToTowns')}
    />
  );
}
