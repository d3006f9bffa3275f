// The Streaming view. Until it is built it shows the route's placeholder.
import { ROUTES, type AppRoute } from '../../app/route-table';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';

const route = ROUTES.find((r) => r.id === 'streaming') as AppRoute;

export function StreamingPage() {
  return <PlaceholderPage route={route} />;
}
