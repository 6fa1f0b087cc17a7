import NotFoundPage from '../../ui/NotFoundPage';
import { isTrendRange } from './trends';
import TrendsPage from './TrendsPage';

/** The picture's address, checked here so the trends' date maths loads only with the picture. */
export default function TrendsRoute({ range }: { range: string }) {
  return isTrendRange(range) ? <TrendsPage range={range} /> : <NotFoundPage />;
}
