// Binds routes to pages. To ship a wizard or view, add its component to PAGES; the rest follows.
import type { ComponentType } from 'react';
import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../views/not-found/NotFoundPage';
import { OverviewPage } from '../views/overview/OverviewPage';
import { PlaceholderPage } from '../views/placeholder/PlaceholderPage';
import { SettingsPage } from '../views/settings/SettingsPage';
import { EnableSchemaPage } from '../wizards/schema/EnableSchemaPage';
import { ConfigureDatasetPage } from '../wizards/dataset/ConfigureDatasetPage';
import { ROUTES, type RouteId } from './route-table';
import { VerifyWizardPage } from '../wizards/verify/VerifyWizardPage';
import { ImportWizardPage } from '../wizards/import/ImportWizardPage';
import { SchemasPage } from '../views/schemas/SchemasPage';
import { DatasetsPage } from '../views/datasets/DatasetsPage';
import { BatchesPage } from '../views/batches/BatchesPage';
import { ProfilesPage } from '../views/profiles/ProfilesPage';
import { MergePoliciesPage } from '../views/merge-policies/MergePoliciesPage';
import { StreamingPage } from '../views/streaming/StreamingPage';

/** Built pages; a route without an entry shows the "coming in a later release" placeholder. */
const PAGES: Partial<Record<RouteId, ComponentType>> = {
  overview: OverviewPage,
  settings: SettingsPage,
  verifyUpload: VerifyWizardPage,
  importFiles: ImportWizardPage,
  enableSchema: EnableSchemaPage,
  configureDataset: ConfigureDatasetPage,
  schemas: SchemasPage,
  datasets: DatasetsPage,
  batches: BatchesPage,
  profiles: ProfilesPage,
  mergePolicies: MergePoliciesPage,
  streaming: StreamingPage,
};

export function AppRoutes() {
  return (
    <Switch>
      {ROUTES.map((route) => {
        const Page = PAGES[route.id];
        return (
          <Route key={route.id} path={route.path}>
            {Page ? <Page /> : <PlaceholderPage route={route} />}
          </Route>
        );
      })}
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
