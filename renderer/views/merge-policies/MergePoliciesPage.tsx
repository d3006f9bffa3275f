// The MergePolicies view. Until it is built it shows the route's placeholder.
import { ROUTES, type AppRoute } from '../../app/route-table';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';

const route = ROUTES.find((r) => r.id === 'mergePolicies') as AppRoute;

export function MergePoliciesPage() {
  return <PlaceholderPage route={route} />;
}
