import { screen } from '@testing-library/react';
import { ApiRoutes, type Collection } from '@twinning/contracts';
import { buildApiErrorBody, buildCaseStudySummary, buildCollectionSummary, buildNotificationList } from '../../../test/factories';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('CollectionPage', () => {
  it('shows the collection in the reader’s language with its practices in order, an anonymous one without its town', async () => {
    const named = buildCaseStudySummary({ title: 'Dune restoration' });
    const anonymous = buildCaseStudySummary({ title: 'Sea wall that failed', municipality: null });
    const collection: Collection = { ...buildCollectionSummary({ caseStudyCount: 2 }), caseStudies: [anonymous, named] };
    stubFetch((url) => (url.pathname === ApiRoutes.collection(collection.id) ? { body: collection } : { body: buildNotificationList([]) }));

    renderApp(`/collections/${collection.id}`, { language: 'tr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kıyı kentleri ve iklim' })).toBeInTheDocument();
    expect(screen.getByText('Deniz kıyısındaki belediyelerin denedikleri.')).toBeInTheDocument();
    expect(screen.getByText('2 uygulama')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Sea wall that failed', 'Dune restoration']);
    expect(document.title).toBe('Kıyı kentleri ve iklim · Twinning Exchange');
    expect(screen.getByRole('link', { name: 'Bu koleksiyonda ara' })).toHaveAttribute('href', `/search?collection=${collection.id}`);
  });

  it('says so when there is no such collection', async () => {
    const id = '3f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f';
    stubFetch((url) => (url.pathname === ApiRoutes.collection(id) ? { status: 404, body: buildApiErrorBody({ code: 'collection_not_found', message: 'No collection.' }) } : { body: buildNotificationList([]) }));

    renderApp(`/collections/${id}`);

    expect(await screen.findByText('This collection could not be loaded.')).toBeInTheDocument();
  });
});
