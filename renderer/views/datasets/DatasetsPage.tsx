// The Datasets view. Until it is built it shows the route's placeholder.
import { ROUTES, type AppRoute } from '../../app/route-table';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';

const route = ROUTES.find((r) => r.id === 'datasets') as AppRoute;

export function DatasetsPage() {
  return <PlaceholderPage route={route} />;
}
