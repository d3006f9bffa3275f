// Wizard deep links under hash routing: a query inside the hash (`#/wizards/import-files?dataset=…`) and the
// older form before the hash (`?dataset=…#/wizards/import-files`) both reach the page; navigation still works.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Link, Route, Router, Switch, useSearchParams } from 'wouter';
import { hashPath, hashSearch, useAppHashLocation } from '../../../renderer/app/hash-location';

function ImportPage() {
  const [params] = useSearchParams();
  return <p>import files, dataset {params.get('dataset') ?? 'none'}</p>;
}

function VerifyPage() {
  const [params] = useSearchParams();
  return <p>verify, batch {params.get('batch') ?? 'none'}</p>;
}

function renderAt(url: string) {
  history.replaceState(null, '', url);
  return render(
    <Router hook={useAppHashLocation}>
      <Switch>
        <Route path="/wizards/import-files" component={ImportPage} />
        <Route path="/wizards/verify-upload" component={VerifyPage} />
        <Route>
          <p>not found</p>
        </Route>
      </Switch>
      <Link href="/wizards/verify-upload?batch=b-2">to verify</Link>
      <Link href="/wizards/import-files">to import</Link>
    </Router>,
  );
}

afterEach(() => history.replaceState(null, '', '/'));

describe('hash routing with wizard deep links', () => {
  it('splits the hash into path and query, the hash query over the one before it', () => {
    expect(hashPath('#/wizards/import-files?dataset=d-1')).toBe('/wizards/import-files');
    expect(hashPath('#/settings')).toBe('/settings');
    expect(hashPath('')).toBe('/');
    expect(hashSearch('', '#/wizards/import-files?dataset=d-1')).toBe('dataset=d-1');
    expect(hashSearch('?dataset=d-1', '#/wizards/import-files')).toBe('dataset=d-1');
    expect(hashSearch('?dataset=old&lang=nl', '#/x?dataset=new')).toBe('lang=nl&dataset=new');
  });

  it('opens the import wizard from #/wizards/import-files?dataset=<id>', () => {
    renderAt('/#/wizards/import-files?dataset=d-1');
    expect(screen.getByText('import files, dataset d-1')).toBeInTheDocument();
  });

  it('opens the verify wizard from #/wizards/verify-upload?batch=<id>', () => {
    renderAt('/#/wizards/verify-upload?batch=b-1');
    expect(screen.getByText('verify, batch b-1')).toBeInTheDocument();
  });

  it('keeps the older links with the query before the hash working', () => {
    renderAt('/?dataset=d-9#/wizards/import-files');
    expect(screen.getByText('import files, dataset d-9')).toBeInTheDocument();
  });

  it('follows links and hash changes', async () => {
    renderAt('/#/wizards/import-files?dataset=d-1');
    const link = screen.getByRole('link', { name: 'to verify' });
    expect(link).toHaveAttribute('href', '#/wizards/verify-upload?batch=b-2');
    await userEvent.setup().click(link);
    expect(await screen.findByText('verify, batch b-2')).toBeInTheDocument();
    act(() => {
      location.hash = '#/wizards/import-files?dataset=d-3';
    });
    expect(await screen.findByText('import files, dataset d-3')).toBeInTheDocument();
  });

  it('leaves a page’s query behind when a link without one is followed', async () => {
    renderAt('/?dataset=d-9#/wizards/verify-upload?batch=b-1');
    expect(screen.getByText('verify, batch b-1')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: 'to import' }));
    expect(await screen.findByText('import files, dataset none')).toBeInTheDocument();
    expect(location.search).toBe('');
    expect(location.hash).toBe('#/wizards/import-files');
  });
});
