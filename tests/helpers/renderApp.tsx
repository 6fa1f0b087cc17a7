import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';

/** Renders the whole app at a hash route, the way a person opens it. */
export function renderApp(route = '/') {
  window.location.hash = `#${route}`;
  const user = userEvent.setup({ delay: null });
  const view = render(<App />);
  return { user, ...view };
}
