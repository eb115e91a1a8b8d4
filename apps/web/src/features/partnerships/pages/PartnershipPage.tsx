import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type PartnershipActivity, type PartnershipDetail } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../../common/components/BackLink';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { ErrorState } from '../../../common/components/ErrorState';
import { Fact, FactList } from '../../../common/components/FactList';
import { GuardedModal } from '../../../common/components/GuardedModal';
import { Markdown } from '../../../common/components/Markdown';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { isMissing } from '../../../lib/api-client';
import { PartnershipStatusBadge } from '../../municipalities/components/PartnershipStatusBadge';
import { townName } from '../../municipalities/utils/town-name';
import { ActivityCard } from '../components/ActivityCard';
import { ActivityForm } from '../components/ActivityForm';
import { useDeleteActivity, usePartnership } from '../hooks/usePartnership';

/** A twinning or project partnership: since when, its agreement and funding, what the towns did together and which practices travelled. */
export function PartnershipPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  const missing = isMissing(partnership.error);
  const pair = partnership.data && partnership.data.municipalities.map(townName).join(' – ');
  usePageTitle(missing ? t('partnership.notFoundTitle') : (pair ?? t('partnership.loading')));

  if (missing) return <StatusMessage title={t('partnership.notFoundTitle')} message={t('partnership.notFoundMessage')} linkTo="/towns" linkLabel={t('partnership.toTowns')} />;
  if (partnership.isError) return <ErrorState title={t('partnership.loadError')} error={partnership.error} onRetry={() => void partnership.refetch()} />;
  if (partnership.isPending) return <PageSkeleton label={t('partnership.loading')} />;
  return <PartnershipDetails partnership={partnership.data} />;
}

function PartnershipDetails({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const { formatDate, localized } = useFormatters();
  const [first, second] = partnership.municipalities;
  const { agreement, fundingProgramme, fundingCall } = partnership;

  return (
    <Stack gap="xl">
      <div>
        <BackLink to={`/towns/${first.id}`} label={t('partnership.backToTown', { town: townName(first) })} />
        <Title order={1} mt="xs">
          <Anchor component={Link} to={`/towns/${first.id}`} inherit>
            {townName(first)}
          </Anchor>
          {' – '}
          <Anchor component={Link} to={`/towns/${second.id}`} inherit>
            {townName(second)}
          </Anchor>
        </Title>
        <Group gap="xs" mt="xs">
          <Badge variant="light">{t(`partnership.kinds.${partnership.kind}`)}</Badge>
          <PartnershipStatusBadge status={partnership.status} />
        </Group>
        {partnership.description && <Text mt="sm">{localized(partnership.description, partnership.descriptionVariants)}</Text>}
      </div>

      <section aria-labelledby="partnership-facts-heading">
        <Title order={2} size="h3" id="partnership-facts-heading" mb="sm">
          {t('partnership.factsTitle')}
        </Title>
        <FactList>
          <Fact term={t('partnership.since')}>{partnership.sinceYear}</Fact>
          <Fact term={t('partnership.agreementSigned')}>{agreement.signedOn ? formatDate(agreement.signedOn) : t('partnership.unknown')}</Fact>
          {agreement.url && (
            <Fact term={t('partnership.agreementDocument')}>
              <Anchor href={agreement.url} target="_blank" rel="noopener noreferrer">
                {new URL(agreement.url).hostname}
              </Anchor>
            </Fact>
          )}
          {fundingProgramme && (
            <Fact term={t('partnership.programme')}>
              <Anchor component={Link} to={`/funding/programmes/${fundingProgramme.id}`}>
                {fundingProgramme.name}
              </Anchor>
            </Fact>
          )}
          {fundingCall && (
            <Fact term={t('partnership.call')}>
              <Anchor component={Link} to={fundingProgramme ? `/funding/programmes/${fundingProgramme.id}` : '/funding/calls'}>
                {fundingCall.title}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {t('partnership.callDeadline', { date: formatDate(fundingCall.closesOn) })}
              </Text>
            </Fact>
          )}
          {partnership.programme && <Fact term={t('partnership.programmeAsWritten')}>{partnership.programme}</Fact>}
        </FactList>
        {agreement.text && (
          <Paper withBorder p="md" mt="md">
            <Text fw={600} size="sm" mb="xs">
              {t('partnership.agreementText')}
            </Text>
            <Markdown source={agreement.text} />
          </Paper>
        )}
      </section>

      <Activities partnership={partnership} />
      <TravelledPractices partnership={partnership} />
      <Contacts partnership={partnership} />
    </Stack>
  );
}

function Activities({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<PartnershipActivity | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PartnershipActivity | null>(null);
  const remove = useDeleteActivity(partnership.id);
  const practices = partnership.travelledPractices.map((adaptation) => adaptation.caseStudy);
  const editable = partnership.canEditActivities;

  return (
    <section aria-labelledby="partnership-activities-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="partnership-activities-heading">
          {t('partnership.activitiesTitle')}
        </Title>
        {editable && <Button onClick={() => setEditing('new')}>{t('partnership.addActivity')}</Button>}
      </Group>
      {partnership.activities.length === 0 ? (
        <Text c="dimmed">{t('partnership.noActivities')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {partnership.activities.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} onEdit={editable ? () => setEditing(activity) : undefined} onDelete={editable ? () => setDeleting(activity) : undefined} />
          ))}
        </Stack>
      )}
      <GuardedModal opened={editing !== null} onClose={() => setEditing(null)} title={t(editing === 'new' ? 'partnership.activityForm.addTitle' : 'partnership.activityForm.editTitle')} size="lg">
        {editing !== null && (
          <ActivityForm partnershipId={partnership.id} activity={editing === 'new' ? undefined : editing} practices={practices} onDone={() => setEditing(null)} />
        )}
      </GuardedModal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('partnership.deleteActivityTitle')}
        message={t('partnership.deleteActivityMessage', { title: deleting?.title ?? '' })}
        confirmLabel={t('partnership.activity.delete')}
        danger
        busy={remove.isPending}
        error={remove.error ? describeError(remove.error, t) : null}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </section>
  );
}

function TravelledPractices({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="partnership-practices-heading">
      <Title order={2} size="h3" id="partnership-practices-heading" mb="sm">
        {t('partnership.practicesTitle')}
      </Title>
      {partnership.travelledPractices.length === 0 ? (
        <Text c="dimmed">{t('partnership.noPractices')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {partnership.travelledPractices.map((adaptation) => (
            <li key={adaptation.id}>
              <Text>
                {t('partnership.adaptedBy', { town: townName(adaptation.municipality) })}{' '}
                <Anchor component={Link} to={`/case-studies/${adaptation.caseStudy.id}`}>
                  {adaptation.caseStudy.title}
                </Anchor>{' '}
                ·{' '}
                <Anchor component={Link} to={`/adaptations/${adaptation.id}`} size="sm">
                  {t('adaptingTowns.viewAdaptation')}
                </Anchor>
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

function Contacts({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const towns = new Map(partnership.municipalities.map((town) => [town.id, townName(town)]));
  return (
    <section aria-labelledby="partnership-contacts-heading">
      <Title order={2} size="h3" id="partnership-contacts-heading" mb="sm">
        {t('partnership.contactsTitle')}
      </Title>
      {partnership.contacts === null ? (
        <Text c="dimmed">
          <Anchor component={Link} to="/sign-in">
            {t('partnership.signInForContacts')}
          </Anchor>
        </Text>
      ) : partnership.contacts.length === 0 ? (
        <Text c="dimmed">{t('partnership.noContacts')}</Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {partnership.contacts.map((contact) => (
            <li key={contact.email}>
              {contact.displayName} ({towns.get(contact.municipalityId)}) · <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
