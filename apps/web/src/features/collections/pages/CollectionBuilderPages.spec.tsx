import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiRoutes, type Collection } from '@twinning/contracts';
import { buildApiErrorBody, buildCaseStudySummary, buildCollectionSummary, buildNotificationList, buildSearchHit, buildSearchResponse, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const moderator = buildSessionInfo({ role: 'moderator', municipality: null });
const dunes = buildSearchHit({ title: 'Dune restoration' });
const seaWall = buildSearchHit({ title: 'Sea wall that failed', municipality: null, anonymousOrigin: { kind: null, country: 'TR' } });
const floodMaps = buildSearchHit({ title: 'Flood maps' });

/** The search answers the practices whose title holds what was typed (all of them for nothing typed). */
function searchAnswer(url: URL) {
  const q = (url.searchParams.get('q') ?? '').toLowerCase();
  return { body: buildSearchResponse([dunes, seaWall, floodMaps].filter((hit) => hit.title.toLowerCase().includes(q))) };
}

describe('the moderators’ collection builder', () => {
  it('lists the collections with their state, turns one off the home page and deletes one after asking', async () => {
    const coastal = buildCollectionSummary({ caseStudyCount: 2 });
    const failures = buildCollectionSummary({ title: { en: 'Learning from failures', tr: 'Başarısızlıklardan öğrenmek', de: 'Aus Fehlschlägen lernen' }, featured: false });
    const fetchMock = stubFetch((url, request) => {
      if (url.pathname === ApiRoutes.collections) return { body: [coastal, failures] };
      if (url.pathname === ApiRoutes.collection(coastal.id) && request.method === 'PATCH') return { body: { ...coastal, featured: false, caseStudies: [] } };
      if (url.pathname === ApiRoutes.collection(failures.id) && request.method === 'DELETE') return { status: 204 };
      return { body: buildNotificationList([]) };
    });
    renderApp('/moderation/collections', { session: moderator });
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Coastal towns and climate' })).toHaveAttribute('href', `/collections/${coastal.id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Collections' })).toBeInTheDocument();
    expect(screen.getByText('2 practices')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit “Coastal towns and climate”' })).toHaveAttribute('href', `/moderation/collections/${coastal.id}/edit`);
    const featured = screen.getByRole('switch', { name: 'Show “Coastal towns and climate” on the home page' });
    expect(featured).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Show “Learning from failures” on the home page' })).not.toBeChecked();

    await user.click(featured);
    await waitFor(() => expect(recordedWrites(fetchMock)).toHaveLength(1));
    expect(recordedWrites(fetchMock)[0]).toMatchObject({ method: 'PATCH', body: { featured: false } });

    await user.click(screen.getByRole('button', { name: 'Delete “Learning from failures”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this collection?' });
    expect(dialog).toHaveTextContent('“Learning from failures” goes from the home page');
    expect(recordedWrites(fetchMock)).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(recordedWrites(fetchMock).map((write) => [write.method, write.url.pathname])).toContainEqual(['DELETE', ApiRoutes.collection(failures.id)]));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says so when there is no collection yet, and when the list cannot be loaded', async () => {
    stubFetch((url) => (url.pathname === ApiRoutes.collections ? { body: [] } : { body: buildNotificationList([]) }));
    const { unmount } = renderApp('/moderation/collections', { session: moderator });
    expect(await screen.findByText('No collection yet. Start one with “New collection”.')).toBeInTheDocument();
    unmount();

    stubFetch((url) => (url.pathname === ApiRoutes.collections ? { status: 500, body: buildApiErrorBody({ code: 'internal_error' }) } : { body: buildNotificationList([]) }));
    renderApp('/moderation/collections', { session: moderator });
    expect(await screen.findByText('The collections could not be loaded.')).toBeInTheDocument();
  });

  it('builds a collection: texts in three languages, practices found by search, reordered by keyboard, kept after a refusal', async () => {
    const sent: unknown[] = [];
    let refuse = true;
    stubFetch((url, request) => {
      if (url.pathname === ApiRoutes.search) return searchAnswer(url);
      if (url.pathname === ApiRoutes.collections && request.method === 'POST') {
        sent.push(request.body);
        if (refuse) {
          refuse = false;
          return { status: 400, body: buildApiErrorBody({ code: 'validation_failed', message: 'Invalid.', details: [{ field: 'caseStudyIds.1', rule: 'not_published', reason: 'is not a published case study' }] }) };
        }
        return { status: 201, body: { ...buildCollectionSummary(), caseStudies: [] } };
      }
      if (url.pathname === ApiRoutes.collections) return { body: [] };
      return { body: buildNotificationList([]) };
    });
    renderApp('/moderation/collections/new', { session: moderator });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'New collection' });

    // Nothing is sent while a text is missing.
    await user.click(within(form).getByRole('button', { name: 'Create the collection' }));
    expect(within(form).getAllByText('Required: the collection is shown in every language.')).toHaveLength(6);
    expect(sent).toEqual([]);

    const inLanguage = (legend: string) => within(within(form).getByRole('group', { name: legend }));
    for (const [legend, title, text] of [
      ['In English', 'By the sea', 'Towns on the coast.'],
      ['In Turkish', 'Deniz kıyısında', 'Kıyı kentleri.'],
      ['In German', 'Am Meer', 'Küstenorte.'],
    ]) {
      await user.type(inLanguage(legend).getByRole('textbox', { name: /Title/ }), title);
      await user.type(inLanguage(legend).getByRole('textbox', { name: /Text/ }), text);
    }
    await user.click(within(form).getByRole('switch', { name: 'Show on the home page' }));

    await user.type(within(form).getByRole('searchbox', { name: 'Find published practices' }), 'd');
    const found = await within(form).findByRole('list', { name: 'Practices found' });
    await waitFor(() => expect(within(found).queryByText('Flood maps')).toBeInTheDocument());
    await user.click(within(found).getByRole('button', { name: 'Add “Dune restoration”' }));
    await user.click(within(found).getByRole('button', { name: 'Add “Sea wall that failed”' }));
    expect(within(found).getByRole('button', { name: '“Dune restoration” is added' })).toBeDisabled();
    expect(within(found).getByText('Town not named')).toBeInTheDocument();

    const chosen = within(form).getByRole('list', { name: /Practices in this order \(2 of at most 60\)/ });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining('Dune restoration'), expect.stringContaining('Sea wall that failed')]);
    // Moved by keyboard; the focus stays with the moved practice.
    within(chosen).getByRole('button', { name: 'Move “Sea wall that failed” up' }).focus();
    await user.keyboard('{Enter}');
    expect(within(chosen).getAllByRole('listitem')[0]).toHaveTextContent('Sea wall that failed');
    expect(within(chosen).getByRole('button', { name: 'Move “Sea wall that failed” down' })).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Create the collection' }));
    expect(await within(form).findByText('is not published')).toBeInTheDocument();
    expect(sent[0]).toEqual({
      title: { en: 'By the sea', tr: 'Deniz kıyısında', de: 'Am Meer' },
      text: { en: 'Towns on the coast.', tr: 'Kıyı kentleri.', de: 'Küstenorte.' },
      featured: true,
      caseStudyIds: [seaWall.id, dunes.id],
    });
    // Nothing typed is lost: the texts and the order are still there.
    expect(inLanguage('In German').getByRole('textbox', { name: /Text/ })).toHaveValue('Küstenorte.');
    await user.click(within(chosen).getByRole('button', { name: 'Remove “Dune restoration”' }));
    await user.click(within(form).getByRole('button', { name: 'Create the collection' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Collections' })).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ caseStudyIds: [seaWall.id] });
  });

  it('edits a collection with its practices in order, and asks before leaving unsaved changes', async () => {
    const collection: Collection = { ...buildCollectionSummary({ caseStudyCount: 2 }), caseStudies: [buildCaseStudySummary({ title: 'Dune restoration' }), buildCaseStudySummary({ title: 'Flood maps' })] };
    stubFetch((url) => {
      if (url.pathname === ApiRoutes.collection(collection.id)) return { body: collection };
      if (url.pathname === ApiRoutes.search) return searchAnswer(url);
      if (url.pathname === ApiRoutes.collections) return { body: [collection] };
      return { body: buildNotificationList([]) };
    });
    renderApp(`/moderation/collections/${collection.id}/edit`, { session: moderator, language: 'de' });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Sammlung bearbeiten' });
    expect(within(within(form).getByRole('group', { name: 'Auf Deutsch' })).getByRole('textbox', { name: /Titel/ })).toHaveValue('Küstenorte und Klima');
    const chosen = within(form).getByRole('list', { name: /Praxisbeispiele in dieser Reihenfolge/ });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringContaining('Dune restoration'), expect.stringContaining('Flood maps')]);
    expect(within(chosen).getByRole('button', { name: '„Dune restoration“ nach oben' })).toBeDisabled();

    await user.click(within(chosen).getByRole('button', { name: '„Flood maps“ entfernen' }));
    await user.click(screen.getByRole('link', { name: 'Alle Sammlungen' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Sammlung bearbeiten' })).toBeInTheDocument();
  });

  it('is not offered to staff', async () => {
    stubFetch((url) => (url.pathname === ApiRoutes.collections ? { body: [] } : { body: buildNotificationList([]) }));
    renderApp('/moderation/collections/new', { session: buildSessionInfo({ role: 'staff' }) });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('New collection');
    expect(screen.queryByRole('form', { name: 'New collection' })).not.toBeInTheDocument();
  });
});
