import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { CrisisLines } from './CrisisLines';
import { AddOwnCrisisLine, OwnCrisisLines } from './OwnCrisisLines';
import { MyPeople, PeopleNotOpened } from './MyPeople';
import { useReturnPlace } from './returnPlace';
import { setCrisisLinesHidden, useCrisisLinesHidden } from './useSafety';
import './safety.css';

const TOOLS = [
  {
    href: ROUTES.grounding,
    title: 'Ground yourself: 5, 4, 3, 2, 1',
    hint: 'Notice what is around you, one sense at a time.',
  },
  {
    href: ROUTES.breathing,
    title: 'Breathe slowly',
    hint: 'In for four, hold for four, out for six.',
  },
  { href: ROUTES.safetyPlan, title: 'My safety plan', hint: 'Your own plan for hard moments.' },
] as const;

export default function HelpPage() {
  const hidden = useCrisisLinesHidden();
  const place = useReturnPlace((s) => s.place);
  return (
    <section className="help">
      <h1>Help now</h1>
      <p>You are not alone in this. Take one slow breath. You can stay here as long as you need.</p>
      {place && (
        <p>
          <Link href={place} className="button button--quiet">
            Back to where you were
          </Link>
          <span className="muted"> Anything you were writing is saved.</span>
        </p>
      )}
      <ul className="plain-list help__tools">
        {TOOLS.map((tool) => (
          <li key={tool.href}>
            <Link href={tool.href} className="help__tool">
              <strong>{tool.title}</strong>
              <span className="muted">{tool.hint}</span>
            </Link>
          </li>
        ))}
      </ul>

      <h2>My people</h2>
      {/* The person's own contacts are the one part here that reads the journal; if that fails,
          the tools above and the crisis lines below must still show. */}
      <SectionBoundary fallback={<PeopleNotOpened />}>
        <MyPeople />
      </SectionBoundary>

      <h2>Crisis lines</h2>
      {/* The person's own lines first, and even when the built-in list is hidden: it is theirs. */}
      <OwnCrisisLines />
      {/* Shown while the choice is still being read: crisis lines never wait on the database. */}
      {hidden !== true && (
        <>
          <CrisisLines />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void setCrisisLinesHidden(true)}
          >
            Hide crisis lines
          </button>
        </>
      )}
      {hidden === true && (
        <>
          <p className="muted">
            You chose to hide the crisis lines. They are here when you want them.
          </p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void setCrisisLinesHidden(false)}
          >
            Show crisis lines
          </button>
        </>
      )}
      <AddOwnCrisisLine />
    </section>
  );
}
